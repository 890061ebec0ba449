package id.jejak.kernel.civilservant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a completed education (ijazah) as the civil servant's highest. */
public record RecordEducation(@TargetAggregateIdentifier Nip nip, Education education, String institution,
                              LocalDate graduatedOn) {
}
