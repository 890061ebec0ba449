package id.jejak.kernel.performance;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Close a coaching plan with its outcome. */
public record CloseCoaching(@TargetAggregateIdentifier Nip nip, UUID coachingId, LocalDate closedOn,
                            CoachingOutcome outcome) {
}
