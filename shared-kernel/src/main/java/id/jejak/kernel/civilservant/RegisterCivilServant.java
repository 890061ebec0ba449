package id.jejak.kernel.civilservant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record a civil servant in Jejak, as of the date the registration takes effect.
 *
 * @param rankSince TMT of the current rank, from which the years in rank count
 * @param education highest education, when known; a regular promotion needs it
 */
public record RegisterCivilServant(
        @TargetAggregateIdentifier Nip nip,
        String fullName,
        EmploymentType employmentType,
        Rank rank,
        LocalDate rankSince,
        Education education,
        String workUnit,
        String position,
        LocalDate effectiveDate) {
}
