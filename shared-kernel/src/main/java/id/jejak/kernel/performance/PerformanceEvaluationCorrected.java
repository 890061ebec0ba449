package id.jejak.kernel.performance;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The ratings of an evaluation were corrected, replacing those of event {@code correctedEventId}; the predicate was
 * derived again. Both events stay in the history. It takes effect, like the evaluation, at the end of its period.
 */
public record PerformanceEvaluationCorrected(
        Nip nip,
        UUID evaluationId,
        String correctedEventId,
        EvaluationKind kind,
        int year,
        LocalDate periodEnd,
        Rating workResult,
        Rating workBehaviour,
        Predicate predicate,
        String matrixVersion,
        String authority) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return periodEnd;
    }
}
