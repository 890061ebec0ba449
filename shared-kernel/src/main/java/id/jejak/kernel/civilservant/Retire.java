package id.jejak.kernel.civilservant;

import id.jejak.kernel.Decree;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Retire a civil servant (pensiun). */
public record Retire(@TargetAggregateIdentifier Nip nip, LocalDate effectiveDate, Decree decree) {
}
