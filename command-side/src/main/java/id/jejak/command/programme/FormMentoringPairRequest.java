package id.jejak.command.programme;

import id.jejak.kernel.civilservant.Nip;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param mentee   a participant of the programme
 * @param mentor   a civil servant in service, not the mentee
 * @param formedOn today when absent
 */
record FormMentoringPairRequest(
        @NotNull Nip mentee,
        @NotNull Nip mentor,
        @PastOrPresent LocalDate formedOn,
        @Size(max = 2000) String reason) {
}
