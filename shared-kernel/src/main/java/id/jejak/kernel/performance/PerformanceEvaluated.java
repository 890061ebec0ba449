package id.jejak.kernel.performance;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A civil servant's performance over a period was evaluated; the predicate was derived from the two ratings by the
 * matrix named in {@code matrixVersion}. It takes effect at the end of the period.
 */
public record PerformanceEvaluated(
        Nip nip,
        UUID evaluationId,
        EvaluationKind kind,
        int year,
        LocalDate periodStart,
        LocalDate periodEnd,
        Nip evaluator,
        Rating workResult,
        Rating workBehaviour,
        Predicate predicate,
        String matrixVersion) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return periodEnd;
    }
}
