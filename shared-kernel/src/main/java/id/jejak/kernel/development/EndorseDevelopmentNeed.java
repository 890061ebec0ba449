package id.jejak.kernel.development;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The head of unit endorses a civil servant's proposed need, which a plan may then answer. */
public record EndorseDevelopmentNeed(@TargetAggregateIdentifier UUID needId, LocalDate endorsedOn) {
}
