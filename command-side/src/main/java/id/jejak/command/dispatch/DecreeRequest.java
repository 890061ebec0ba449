package id.jejak.command.dispatch;

import id.jejak.kernel.Decree;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A decree (SK) as a request names it: its number and the date it was signed. */
public record DecreeRequest(@NotBlank @Size(max = 100) String number, @NotNull @PastOrPresent LocalDate date) {

    public Decree toDecree() {
        return new Decree(number, date);
    }
}
