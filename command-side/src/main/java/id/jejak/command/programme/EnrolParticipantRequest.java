package id.jejak.command.programme;

import id.jejak.kernel.civilservant.Nip;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param enrolledOn the day the enrolment takes effect; today when absent */
record EnrolParticipantRequest(
        @NotNull Nip nip,
        @PastOrPresent LocalDate enrolledOn,
        @Size(max = 2000) String reason) {
}
