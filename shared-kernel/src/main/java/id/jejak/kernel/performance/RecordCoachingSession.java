package id.jejak.kernel.performance;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Record a session held under a coaching plan. */
public record RecordCoachingSession(@TargetAggregateIdentifier Nip nip, UUID coachingId, LocalDate heldOn,
                                    String notes) {
}
