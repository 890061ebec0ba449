package id.jejak.query.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A civil servant as the query side knows them now.
 *
 * @param lessonHours their competence development in the current year against the 20-JP obligation
 * @param updatedAt   when the last event that changed this profile was recorded
 */
public record CivilServantProfile(
        String nip,
        String fullName,
        String employmentType,
        RankView rank,
        String workUnit,
        String position,
        LocalDate registeredOn,
        LessonHoursView lessonHours,
        List<TrainingView> trainings,
        Instant updatedAt) {

    /** Golongan/ruang with its pangkat title. */
    public record RankView(String code, String title) {
    }

    /** @param required the yearly minimum (PP 11/2017 Pasal 203: at least 20 JP) */
    public record LessonHoursView(int year, int earned, int required, int completedTrainings) {
    }

    public record TrainingView(String trainingId, String title, String kind, String organiser, int plannedLessonHours,
                               LocalDate startDate, LocalDate completedOn, Integer earnedLessonHours,
                               String certificateNumber, Instant updatedAt) {
    }
}
