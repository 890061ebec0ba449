package id.jejak.command.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.career.performance.PredicateMatrix;
import id.jejak.command.correction.RevocableDecisions;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.performance.CloseCoaching;
import id.jejak.kernel.performance.CoachingClosed;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.CoachingSessionRecorded;
import id.jejak.kernel.performance.CorrectPerformanceEvaluation;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordCoachingSession;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A civil servant's evaluations and the coaching that follows the ones below Baik (PermenPANRB 6/2022). It decides
 * which events a command yields; the civil servant's record applies them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PerformanceRecord implements RevocableDecisions {

    /** @param eventId the event that last recorded it: the evaluation's own, or its latest correction's */
    private record Evaluation(EvaluationKind kind, int year, LocalDate periodEnd, Rating workResult,
                              Rating workBehaviour, Predicate predicate, String eventId) {
    }

    private record Coaching(UUID evaluationId, LocalDate plannedOn, int sessions, boolean closed) {
    }

    private final Map<UUID, Evaluation> evaluations = new HashMap<>();
    /** Every evaluation id ever recorded, revoked ones too: an id names one evaluation for good. */
    private final Set<UUID> evaluationIds = new HashSet<>();
    private final Map<UUID, Coaching> coachings = new HashMap<>();

    public PerformanceEvaluated evaluate(Nip nip, RecordPerformanceEvaluation command, PredicateMatrix matrix) {
        if (command.evaluator().equals(nip)) {
            throw new RuleViolation(Refusal.REFUSED, "EVALUATOR_IS_EVALUATED",
                    "nobody may evaluate their own performance", Map.of("evaluator", command.evaluator()));
        }
        if (evaluationIds.contains(command.evaluationId())) {
            throw new RuleViolation(Refusal.CONFLICT, "EVALUATION_ALREADY_RECORDED",
                    "this evaluation is already recorded", Map.of("evaluationId", command.evaluationId()));
        }
        if (command.periodEnd().isBefore(command.periodStart()) || command.periodStart().getYear() != command.year()
                || command.periodEnd().getYear() != command.year()) {
            throw new RuleViolation(Refusal.REFUSED, "EVALUATION_PERIOD_INVALID",
                    "an evaluation period runs forward within its year", Map.of("year", command.year(),
                    "periodStart", command.periodStart(), "periodEnd", command.periodEnd()));
        }
        if (command.kind() == EvaluationKind.ANNUAL && annualPredicate(command.year()) != null) {
            throw new RuleViolation(Refusal.CONFLICT, "ANNUAL_EVALUATION_ALREADY_RECORDED",
                    "there is one final annual evaluation per person and year", Map.of("year", command.year()));
        }
        return new PerformanceEvaluated(nip, command.evaluationId(), command.kind(), command.year(),
                command.periodStart(), command.periodEnd(), command.evaluator(), command.workResult(),
                command.workBehaviour(), matrix.predicate(command.workResult(), command.workBehaviour()),
                matrix.version());
    }

    public PerformanceEvaluationCorrected correct(Nip nip, CorrectPerformanceEvaluation command,
                                                  PredicateMatrix matrix) {
        Evaluation evaluation = evaluations.get(command.evaluationId());
        if (evaluation == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND", "no such evaluation is recorded",
                    Map.of("evaluationId", command.evaluationId()));
        }
        if (!evaluation.eventId().equals(command.correctedEventId())) {
            throw new RuleViolation(Refusal.CONFLICT, "EVALUATION_CORRECTION_SUPERSEDED",
                    "a correction names the event that last recorded the evaluation",
                    Map.of("correctedEventId", command.correctedEventId(), "currentEventId", evaluation.eventId()));
        }
        if (evaluation.workResult() == command.workResult() && evaluation.workBehaviour() == command.workBehaviour()) {
            throw new RuleViolation(Refusal.REFUSED, "EVALUATION_CORRECTION_CHANGES_NOTHING",
                    "the corrected ratings are the ones already recorded", Map.of("evaluationId",
                    command.evaluationId()));
        }
        return new PerformanceEvaluationCorrected(nip, command.evaluationId(), command.correctedEventId(),
                evaluation.kind(), evaluation.year(), evaluation.periodEnd(), command.workResult(),
                command.workBehaviour(), matrix.predicate(command.workResult(), command.workBehaviour()),
                matrix.version(), command.authority());
    }

    public CoachingPlanned plan(Nip nip, PlanCoaching command) {
        Evaluation evaluation = evaluations.get(command.evaluationId());
        if (evaluation == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND", "no such evaluation is recorded",
                    Map.of("evaluationId", command.evaluationId()));
        }
        if (evaluation.predicate().isAtLeastBaik()) {
            throw new RuleViolation(Refusal.REFUSED, "COACHING_NOT_REQUIRED",
                    "coaching follows an evaluation below Baik", Map.of("predicate", evaluation.predicate()));
        }
        if (command.coach().equals(nip)) {
            throw new RuleViolation(Refusal.REFUSED, "COACH_IS_COACHEE", "nobody may coach themself",
                    Map.of("coach", command.coach()));
        }
        boolean planned = coachings.containsKey(command.coachingId()) || coachings.values().stream()
                .anyMatch(coaching -> coaching.evaluationId().equals(command.evaluationId()));
        if (planned) {
            throw new RuleViolation(Refusal.CONFLICT, "COACHING_ALREADY_PLANNED",
                    "this evaluation already has a coaching plan", Map.of("evaluationId", command.evaluationId()));
        }
        return new CoachingPlanned(nip, command.coachingId(), command.evaluationId(), command.coach(),
                command.plannedOn(), command.goal());
    }

    public CoachingSessionRecorded session(Nip nip, RecordCoachingSession command) {
        Coaching coaching = openCoaching(command.coachingId());
        if (command.heldOn().isBefore(coaching.plannedOn())) {
            throw new RuleViolation(Refusal.REFUSED, "COACHING_SESSION_BEFORE_PLAN",
                    "a session cannot be held before its plan", Map.of("heldOn", command.heldOn(),
                    "plannedOn", coaching.plannedOn()));
        }
        return new CoachingSessionRecorded(nip, command.coachingId(), command.heldOn(), command.notes());
    }

    public CoachingClosed close(Nip nip, CloseCoaching command) {
        Coaching coaching = openCoaching(command.coachingId());
        if (coaching.sessions() == 0) {
            throw new RuleViolation(Refusal.REFUSED, "COACHING_WITHOUT_SESSIONS",
                    "a coaching plan closes after at least one session", Map.of("coachingId", command.coachingId()));
        }
        return new CoachingClosed(nip, command.coachingId(), command.closedOn(), command.outcome());
    }

    /** The final annual predicate of a year, or null if none is recorded (or it was revoked). */
    public Predicate annualPredicate(int year) {
        return evaluations.values().stream()
                .filter(evaluation -> evaluation.kind() == EvaluationKind.ANNUAL && evaluation.year() == year)
                .map(Evaluation::predicate)
                .findFirst().orElse(null);
    }

    public Map<Integer, Predicate> annualPredicates() {
        Map<Integer, Predicate> byYear = new HashMap<>();
        evaluations.values().stream().filter(evaluation -> evaluation.kind() == EvaluationKind.ANNUAL)
                .forEach(evaluation -> byYear.put(evaluation.year(), evaluation.predicate()));
        return byYear;
    }

    public boolean hasEvaluation(UUID evaluationId) {
        return evaluations.containsKey(evaluationId);
    }

    /** The evaluation's latest predicate; empty if it was never recorded or was revoked. */
    public Optional<Predicate> predicateOf(UUID evaluationId) {
        return Optional.ofNullable(evaluations.get(evaluationId)).map(Evaluation::predicate);
    }

    /** Whether the coaching is closed; empty if it was never planned. */
    public Optional<Boolean> coachingClosed(UUID coachingId) {
        return Optional.ofNullable(coachings.get(coachingId)).map(Coaching::closed);
    }

    @Override
    public Optional<String> revocable(String eventId) {
        return evaluations.values().stream().anyMatch(evaluation -> evaluation.eventId().equals(eventId))
                ? Optional.of(PerformanceEvaluated.class.getSimpleName()) : Optional.empty();
    }

    public void on(PerformanceEvaluated event, String eventId) {
        evaluationIds.add(event.evaluationId());
        evaluations.put(event.evaluationId(), new Evaluation(event.kind(), event.year(), event.periodEnd(),
                event.workResult(), event.workBehaviour(), event.predicate(), eventId));
    }

    public void on(PerformanceEvaluationCorrected event, String eventId) {
        evaluations.put(event.evaluationId(), new Evaluation(event.kind(), event.year(), event.periodEnd(),
                event.workResult(), event.workBehaviour(), event.predicate(), eventId));
    }

    public void on(CoachingPlanned event) {
        coachings.put(event.coachingId(), new Coaching(event.evaluationId(), event.plannedOn(), 0, false));
    }

    public void on(CoachingSessionRecorded event) {
        coachings.computeIfPresent(event.coachingId(), (id, coaching) ->
                new Coaching(coaching.evaluationId(), coaching.plannedOn(), coaching.sessions() + 1, false));
    }

    public void on(CoachingClosed event) {
        coachings.computeIfPresent(event.coachingId(), (id, coaching) ->
                new Coaching(coaching.evaluationId(), coaching.plannedOn(), coaching.sessions(), true));
    }

    /** A revoked evaluation counts as never made: its year's annual slot is free again. */
    public void on(DecisionRevoked event) {
        evaluations.values().removeIf(evaluation -> evaluation.eventId().equals(event.revokedEventId()));
    }

    private Coaching openCoaching(UUID coachingId) {
        Coaching coaching = coachings.get(coachingId);
        if (coaching == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "COACHING_NOT_FOUND", "no such coaching plan is recorded",
                    Map.of("coachingId", coachingId));
        }
        if (coaching.closed()) {
            throw new RuleViolation(Refusal.CONFLICT, "COACHING_ALREADY_CLOSED", "this coaching plan is closed",
                    Map.of("coachingId", coachingId));
        }
        return coaching;
    }
}
