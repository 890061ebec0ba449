package id.jejak.kernel.development;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The head of unit refuses a civil servant's proposed need, with the grounds. */
public record RefuseDevelopmentNeed(@TargetAggregateIdentifier UUID needId, LocalDate refusedOn, String grounds) {
}
