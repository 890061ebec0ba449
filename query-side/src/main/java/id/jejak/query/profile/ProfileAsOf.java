package id.jejak.query.profile;

import com.fasterxml.jackson.databind.JsonNode;
import id.jejak.career.discipline.Sanction;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A civil servant as they stood on a date ({@code asOf}, business time) according to what had been recorded by a
 * moment ({@code knownAt}, system time). It folds the person's recorded events: those recorded after
 * {@code knownAt} are unknown; revocations and corrections known by then apply to what they name; the rest apply in
 * the order of their effective dates, up to {@code asOf}.
 */
final class ProfileAsOf {

    /** One recorded event about the person, as the career-history table keeps it. */
    record RecordedEvent(String eventId, String type, LocalDate effectiveDate, Instant recordedAt, long globalIndex,
                         JsonNode data) {
    }

    private ProfileAsOf() {
    }

    static CivilServantProfile fold(String nip, List<RecordedEvent> recorded, LocalDate asOf, Instant knownAt,
                                    int requiredLessonHours) {
        List<RecordedEvent> known = recorded.stream().filter(event -> !event.recordedAt().isAfter(knownAt)).toList();
        var amendments = new Amendments(new HashSet<>(), new HashSet<>(), new HashMap<>());
        for (RecordedEvent event : known) {
            switch (event.type()) {
                case "DecisionRevoked" -> amendments.revoked().add(event.data().path("revokedEventId").asText());
                case "SanctionRevoked" ->
                        amendments.revokedSanctions().add(event.data().path("sanctionId").asText());
                case "PerformanceEvaluationCorrected" ->
                        amendments.latestCorrections().put(event.data().path("evaluationId").asText(), event);
                default -> {
                }
            }
        }
        var state = new State();
        known.stream()
                .filter(event -> !amendments.revoked().contains(event.eventId()))
                .filter(event -> event.effectiveDate() == null || !event.effectiveDate().isAfter(asOf))
                .sorted(Comparator.comparing(RecordedEvent::effectiveDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(RecordedEvent::globalIndex))
                .forEach(event -> state.apply(event, asOf, amendments));
        if (state.fullName == null) {
            return null;
        }
        return new CivilServantProfile(nip, asOf, knownAt, state.fullName, state.employmentType, state.status,
                state.rank == null ? null : new CivilServantProfile.RankView(state.rank.code(), state.rank.title(),
                        state.rankSince),
                new CivilServantProfile.PositionView(state.positionKind, state.position, state.workUnit,
                        state.positionSince),
                state.education, List.copyOf(state.sanctions),
                state.annualPredicates.descendingMap().entrySet().stream().limit(2)
                        .map(entry -> new CivilServantProfile.PredicateView(entry.getKey(), entry.getValue()))
                        .toList(),
                new CivilServantProfile.LessonHoursView(asOf.getYear(), state.lessonHours, requiredLessonHours,
                        state.completedTrainings),
                state.lastRecordedAt);
    }

    /**
     * What the revocations and corrections known by then say of the other events.
     *
     * @param revoked           events revoked as decisions
     * @param revokedSanctions  sanction ids revoked on appeal
     * @param latestCorrections each corrected evaluation's last correction, by evaluation id
     */
    private record Amendments(Set<String> revoked, Set<String> revokedSanctions,
                              Map<String, RecordedEvent> latestCorrections) {
    }

    /** What the fold has learned so far. */
    private static final class State {
        String fullName;
        String employmentType;
        String status;
        Rank rank;
        LocalDate rankSince;
        String positionKind;
        String position;
        String workUnit;
        LocalDate positionSince;
        String education;
        final List<CivilServantProfile.SanctionView> sanctions = new ArrayList<>();
        final TreeMap<Integer, String> annualPredicates = new TreeMap<>();
        int lessonHours;
        int completedTrainings;
        Instant lastRecordedAt;

        void apply(RecordedEvent event, LocalDate asOf, Amendments amendments) {
            JsonNode data = event.data();
            lastRecordedAt = lastRecordedAt == null || event.recordedAt().isAfter(lastRecordedAt)
                    ? event.recordedAt() : lastRecordedAt;
            switch (event.type()) {
                case "CivilServantRegistered" -> {
                    fullName = data.path("fullName").asText();
                    employmentType = data.path("employmentType").asText();
                    status = "ACTIVE";
                    rank = data.hasNonNull("rank") ? Rank.ofCode(data.path("rank").asText()) : null;
                    rankSince = date(data, "rankSince");
                    position = data.path("position").asText();
                    workUnit = data.path("workUnit").asText();
                    positionSince = event.effectiveDate();
                    education = higher(education, text(data, "education"));
                }
                case "ConfirmedAsPns" -> employmentType = "PNS";
                case "IdentityCorrected" -> fullName = data.path("fullName").asText();
                case "EducationRecorded" -> education = higher(education, text(data, "education"));
                case "PlacedInPosition" -> {
                    positionKind = text(data, "kind");
                    position = data.path("title").asText();
                    workUnit = data.path("workUnit").asText();
                    positionSince = event.effectiveDate();
                }
                case "PromotionGranted" -> {
                    rank = Rank.ofCode(data.path("toRank").asText());
                    rankSince = event.effectiveDate();
                }
                case "Retired" -> status = "RETIRED";
                case "Dismissed" -> status = "DISMISSED";
                case "SanctionImposed" -> {
                    var sanction = Sanction.imposed(UUID.fromString(data.path("sanctionId").asText()),
                            SanctionType.valueOf(data.path("type").asText()), event.effectiveDate(),
                            data.path("months").asInt(), date(data, "endsOn"));
                    if (!amendments.revokedSanctions().contains(data.path("sanctionId").asText())
                            && sanction.inForceOn(asOf)) {
                        sanctions.add(new CivilServantProfile.SanctionView(data.path("sanctionId").asText(),
                                data.path("type").asText(), data.path("level").asText(), event.effectiveDate(),
                                sanction.endsOn()));
                    }
                }
                case "PerformanceEvaluated" -> {
                    // the command side revokes an evaluation by naming its current version, then forgets all of it
                    RecordedEvent current = amendments.latestCorrections()
                            .getOrDefault(data.path("evaluationId").asText(), event);
                    if ("ANNUAL".equals(data.path("kind").asText())
                            && !amendments.revoked().contains(current.eventId())) {
                        annualPredicates.put(data.path("year").asInt(), current.data().path("predicate").asText());
                    }
                }
                case "TrainingCompleted", "ProgrammeParticipationCompleted" -> {
                    if (event.effectiveDate().getYear() == asOf.getYear() && data.hasNonNull("earnedLessonHours")) {
                        lessonHours += data.path("earnedLessonHours").asInt();
                        completedTrainings++;
                    }
                }
                default -> {
                }
            }
        }

        /**
         * The highest of two: the command side records no education below the one it has, but the fold meets them by
         * effective date, and a degree graduated before the registration comes before the registration's own.
         */
        private static String higher(String folded, String recorded) {
            if (folded == null || recorded == null) {
                return folded == null ? recorded : folded;
            }
            return Education.valueOf(recorded).compareTo(Education.valueOf(folded)) > 0 ? recorded : folded;
        }

        private static LocalDate date(JsonNode data, String field) {
            return data.hasNonNull(field) ? LocalDate.parse(data.path(field).asText()) : null;
        }

        private static String text(JsonNode data, String field) {
            return data.hasNonNull(field) ? data.path(field).asText() : null;
        }
    }
}
