package id.jejak.query.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A civil servant as they stood on {@code asOf}, according to what was recorded by {@code knownAt}.
 *
 * @param status           ACTIVE, RETIRED or DISMISSED
 * @param activeSanctions  the disciplinary sanctions in force on {@code asOf}
 * @param annualPredicates the two most recent annual predicates known, latest first
 * @param lessonHours      competence development in the year of {@code asOf}, up to that date, against 20 JP
 * @param lastRecordedAt   when the last event that counted was recorded
 */
public record CivilServantProfile(
        String nip,
        LocalDate asOf,
        Instant knownAt,
        String fullName,
        String employmentType,
        String status,
        RankView rank,
        PositionView position,
        String education,
        List<SanctionView> activeSanctions,
        List<PredicateView> annualPredicates,
        LessonHoursView lessonHours,
        Instant lastRecordedAt) {

    /** Golongan/ruang with its pangkat title, and its TMT. */
    public record RankView(String code, String title, LocalDate since) {
    }

    public record PositionView(String kind, String title, String workUnit, LocalDate since) {
    }

    public record SanctionView(String sanctionId, String type, String level, LocalDate from, LocalDate endsOn) {
    }

    public record PredicateView(int year, String predicate) {
    }

    /** @param required the yearly minimum (PP 11/2017 Pasal 203: at least 20 JP) */
    public record LessonHoursView(int year, int earned, int required, int completedTrainings) {
    }
}
