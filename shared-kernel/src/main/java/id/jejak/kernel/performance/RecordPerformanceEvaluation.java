package id.jejak.kernel.performance;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record an evaluation of a civil servant's performance over a period. The predicate is not given: it follows from
 * the two ratings.
 *
 * @param evaluator the NIP of the pejabat penilai
 */
public record RecordPerformanceEvaluation(
        @TargetAggregateIdentifier Nip nip,
        UUID evaluationId,
        EvaluationKind kind,
        int year,
        LocalDate periodStart,
        LocalDate periodEnd,
        Nip evaluator,
        Rating workResult,
        Rating workBehaviour) {
}
