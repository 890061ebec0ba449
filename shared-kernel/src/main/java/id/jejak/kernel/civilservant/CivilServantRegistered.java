package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;

import java.time.LocalDate;

/**
 * A civil servant was recorded, with the rank (held since {@code rankSince}), education, work unit and position
 * they had from the effective date.
 */
public record CivilServantRegistered(
        Nip nip,
        String fullName,
        EmploymentType employmentType,
        Rank rank,
        LocalDate rankSince,
        Education education,
        String workUnit,
        String position,
        LocalDate effectiveDate) implements CareerEvent {
}
