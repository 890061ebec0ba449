package id.jejak.kernel.performance;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Correct the ratings of a recorded evaluation. It names the event it corrects — the evaluation's or its latest
 * correction's — so a correction of a correction is possible and visible.
 *
 * @param authority who ordered the correction (e.g. the evaluator's superior after an objection)
 */
public record CorrectPerformanceEvaluation(@TargetAggregateIdentifier Nip nip, UUID evaluationId,
                                           String correctedEventId, Rating workResult, Rating workBehaviour,
                                           String authority) {
}
