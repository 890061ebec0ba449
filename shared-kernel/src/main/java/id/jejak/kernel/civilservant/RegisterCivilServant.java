package id.jejak.kernel.civilservant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a civil servant in Jejak, as of the date the registration takes effect. */
public record RegisterCivilServant(
        @TargetAggregateIdentifier Nip nip,
        String fullName,
        EmploymentType employmentType,
        Rank rank,
        String workUnit,
        String position,
        LocalDate effectiveDate) {
}
