package id.jejak.kernel.performance;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Plan coaching (pendampingan, bimbingan kinerja) as the follow-up of an evaluation below Baik. */
public record PlanCoaching(@TargetAggregateIdentifier Nip nip, UUID coachingId, UUID evaluationId, Nip coach,
                           LocalDate plannedOn, String goal) {
}
