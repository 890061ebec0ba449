package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;

import java.time.LocalDate;

/** A civil servant was recorded, with the rank, work unit and position they held from the effective date. */
public record CivilServantRegistered(
        Nip nip,
        String fullName,
        EmploymentType employmentType,
        Rank rank,
        String workUnit,
        String position,
        LocalDate effectiveDate) implements CareerEvent {
}
