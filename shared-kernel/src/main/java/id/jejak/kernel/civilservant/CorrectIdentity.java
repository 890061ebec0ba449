package id.jejak.kernel.civilservant;

import id.jejak.kernel.Decree;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Correct a civil servant's recorded name, as only a BKN decision may. */
public record CorrectIdentity(@TargetAggregateIdentifier Nip nip, String fullName, LocalDate effectiveDate,
                              Decree decree) {
}
