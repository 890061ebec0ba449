package id.jejak.kernel;

import java.time.LocalDate;
import java.util.Map;

/** The legal basis of a decision: a decree (Surat Keputusan, SK) by its number and the date it was signed. */
public record Decree(String number, LocalDate date) {

    public Decree {
        if (number == null || number.isBlank() || number.length() > 100 || date == null) {
            throw new InvalidValueException("DECREE_INVALID", "a decree needs a number (at most 100 characters) and a date",
                    Map.of("decree", String.valueOf(number)));
        }
        number = number.trim();
    }

    @Override
    public String toString() {
        return number + " (" + date + ")";
    }
}
