package id.jejak.command.civilservant;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param rank          golongan/ruang, e.g. "III/a"; required for CPNS and PNS, absent for PPPK
 * @param rankSince     TMT of the current rank; the effective date when absent
 * @param education     highest education; a regular promotion needs it
 * @param effectiveDate the date the registration takes effect (TMT); today when absent
 * @param reason        why it is recorded, kept with the event
 */
record RegisterCivilServantRequest(
        @NotNull Nip nip,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull EmploymentType employmentType,
        Rank rank,
        LocalDate rankSince,
        Education education,
        @NotBlank @Size(max = 200) String workUnit,
        @NotBlank @Size(max = 200) String position,
        LocalDate effectiveDate,
        @Size(max = 2000) String reason) {
}
