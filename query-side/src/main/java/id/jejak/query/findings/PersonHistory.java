package id.jejak.query.findings;

import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The facts the findings rules need about one civil servant, as the findings projection keeps them, with what follows
 * from them: the evaluations as last corrected, the unit and rank held on a date. Revoked decisions count as never
 * taken, whatever they were.
 */
record PersonHistory(String nip, Person person, List<RankHeld> ranks, List<Stay> stays,
                     List<Proposal> proposals, List<Promotion> promotions, List<EvaluationVersion> evaluationVersions,
                     List<Coaching> coachings, List<Sanction> sanctions, List<Lesson> lessons,
                     Map<Integer, Integer> lessonHoursByYear, List<Decision> decisions, Set<String> revoked) {

    /** The record's start ({@code inServiceFrom}, the registration's effective date) and end, if they left. */
    record Person(String employmentType, LocalDate inServiceFrom, LocalDate leftOn) {
    }

    record RankHeld(String eventId, String rank, LocalDate since, long globalIndex) {
    }

    /**
     * A period in one unit, from a day until the day before {@code until} (null: still), as the findings projection
     * keeps them ({@code findings_unit_stays}): the latest placement in effect on a day counts, the later recorded of
     * two on the same day, and a revoked one counts as never made.
     */
    record Stay(String unit, LocalDate from, LocalDate until) {

        boolean covers(LocalDate date) {
            return !from.isAfter(date) && (until == null || until.isAfter(date));
        }
    }

    record Proposal(String eventId, UUID proposalId, String proposedBy) {
    }

    record Promotion(String eventId, UUID proposalId, String fromRank, String toRank, LocalDate effectiveDate,
                     String proposedBy, String approvedBy, String recordedBy, Instant recordedAt, long globalIndex) {
    }

    /** One version of an evaluation: its original record, or a correction of the version {@code correctedEventId}. */
    record EvaluationVersion(String eventId, UUID evaluationId, String kind, int year, LocalDate periodEnd,
                             Predicate predicate, String correctedEventId, Instant recordedAt, long globalIndex) {
    }

    /** An evaluation with every version of it, oldest first; what it says now is the last one's. */
    record Evaluation(UUID evaluationId, List<EvaluationVersion> versions) {

        EvaluationVersion current() {
            return versions.get(versions.size() - 1);
        }

        boolean annual() {
            return "ANNUAL".equals(current().kind());
        }

        int year() {
            return current().year();
        }

        Predicate predicate() {
            return current().predicate();
        }

        List<String> eventIds() {
            return versions.stream().map(EvaluationVersion::eventId).toList();
        }
    }

    record Coaching(String eventId, UUID evaluationId, LocalDate plannedOn, Instant recordedAt) {
    }

    record Sanction(String eventId, UUID sanctionId, String type, LocalDate from, LocalDate endsOn, String revokedBy,
                    long globalIndex) {

        /** In force as the career rules say a sanction is, whose rule the command side refuses by. */
        boolean inForceOn(LocalDate date) {
            return new id.jejak.career.discipline.Sanction(sanctionId, SanctionType.valueOf(type), from, endsOn)
                    .inForceOn(date);
        }
    }

    record Lesson(String eventId, LocalDate completedOn, int lessonHours) {
    }

    record Decision(String eventId, String type, LocalDate effectiveDate, Instant recordedAt) {
    }

    PersonHistory {
        ranks = List.copyOf(ranks);
        stays = List.copyOf(stays);
        proposals = List.copyOf(proposals);
        promotions = List.copyOf(promotions);
        evaluationVersions = List.copyOf(evaluationVersions);
        coachings = List.copyOf(coachings);
        sanctions = List.copyOf(sanctions);
        lessons = List.copyOf(lessons);
        lessonHoursByYear = Map.copyOf(lessonHoursByYear);
        decisions = List.copyOf(decisions);
        revoked = Set.copyOf(revoked);
    }

    boolean isRevoked(String eventId) {
        return revoked.contains(eventId);
    }

    List<Promotion> promotionsInForce() {
        return promotions.stream().filter(promotion -> !isRevoked(promotion.eventId())).toList();
    }

    /**
     * The rank held the day before a promotion's TMT: of the other ranks not revoked, the one held from the latest
     * date before it (the one recorded last, if two start the same day).
     */
    Optional<RankHeld> rankBefore(Promotion promotion) {
        return ranks.stream()
                .filter(rank -> !rank.eventId().equals(promotion.eventId()) && !isRevoked(rank.eventId()))
                .filter(rank -> rank.since().isBefore(promotion.effectiveDate()))
                .max(Comparator.comparing(RankHeld::since).thenComparingLong(RankHeld::globalIndex));
    }

    /** The work unit as recorded on a date; null before the first placement that stands. */
    String unitOn(LocalDate date) {
        for (Stay stay : stays) {
            if (stay.covers(date)) {
                return stay.unit();
            }
        }
        return null;
    }

    /**
     * Every evaluation as last corrected, oldest first. An evaluation any version of which was revoked is void: the
     * command side revokes an evaluation by naming its latest version and then forgets all of it.
     */
    List<Evaluation> evaluations() {
        Map<UUID, List<EvaluationVersion>> byEvaluation = new LinkedHashMap<>();
        evaluationVersions.stream()
                .sorted(Comparator.comparingLong(EvaluationVersion::globalIndex))
                .forEach(version -> byEvaluation.computeIfAbsent(version.evaluationId(), id -> new ArrayList<>())
                        .add(version));
        return byEvaluation.entrySet().stream()
                .filter(entry -> entry.getValue().stream().noneMatch(version -> isRevoked(version.eventId())))
                .map(entry -> new Evaluation(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    /** The annual evaluation of a year; if the store holds more than one, the one recorded or corrected last. */
    Optional<Evaluation> annualEvaluation(int year) {
        return Optional.ofNullable(annualEvaluations().get(year));
    }

    /** The annual evaluation of each year evaluated, by {@link #annualEvaluation(int)}'s reasoning. */
    Map<Integer, Evaluation> annualEvaluations() {
        Map<Integer, Evaluation> byYear = new TreeMap<>();
        for (Evaluation evaluation : evaluations()) {
            if (evaluation.annual()) {
                byYear.merge(evaluation.year(), evaluation, (earlier, later) ->
                        later.current().globalIndex() > earlier.current().globalIndex() ? later : earlier);
            }
        }
        return byYear;
    }

    /** Sanctions neither revoked on appeal nor revoked as decisions: they count as never imposed otherwise. */
    List<Sanction> sanctionsInForceOn(LocalDate date) {
        return sanctions.stream()
                .filter(sanction -> sanction.revokedBy() == null && !isRevoked(sanction.eventId()))
                .filter(sanction -> sanction.inForceOn(date))
                .toList();
    }

    List<Coaching> coachingsFor(UUID evaluationId) {
        return coachings.stream().filter(coaching -> coaching.evaluationId().equals(evaluationId)).toList();
    }

    /** The lesson hours of the completions of a year that stand, as the findings projection keeps them summed. */
    int lessonHoursEarnedIn(int year) {
        return lessonHoursByYear.getOrDefault(year, 0);
    }

    List<Lesson> lessonsIn(int year) {
        return lessons.stream()
                .filter(lesson -> lesson.completedOn().getYear() == year && !isRevoked(lesson.eventId()))
                .toList();
    }

    List<Decision> decisionsInForce() {
        return decisions.stream().filter(decision -> !isRevoked(decision.eventId())).toList();
    }
}
