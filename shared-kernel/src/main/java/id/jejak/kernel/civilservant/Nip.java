package id.jejak.kernel.civilservant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.jejak.kernel.InvalidValueException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * NIP (Nomor Induk Pegawai), the 18-digit staff number of a civil servant (Perka BKN 22/2007):
 * birth date {@code yyyyMMdd}, appointment (TMT CPNS) year-month {@code yyyyMM}, sex digit (1 male, 2 female) and a
 * three-digit sequence. It has no checksum, so these are all the checks there are, with the minimum age at
 * appointment. Spaces, as in the printed form {@code 19860926 201505 1 001}, are accepted and dropped.
 */
public record Nip(String value) {

    /**
     * A CPNS applies at 18 at the youngest (PP 11/2017 on PNS management, Pasal 23(1)a), and is appointed (TMT CPNS,
     * the first day of the NIP's appointment month) after applying, so no one is appointed before 18.
     */
    public static final int MINIMUM_AGE_AT_APPOINTMENT = 18;

    public Nip {
        if (value == null) {
            throw invalid("NIP_FORMAT", "NIP is required", "");
        }
        value = value.replace(" ", "");
        if (!eighteenDigits(value)) {
            throw invalid("NIP_FORMAT", "NIP must be 18 digits", value);
        }
        LocalDate birthDate = parseBirthDate(value);
        YearMonth appointment = parseAppointment(value);
        LocalDate appointedOn = appointment.atDay(1);
        LocalDate minimumAgeReachedOn = birthDate.plusYears(MINIMUM_AGE_AT_APPOINTMENT);
        if (appointedOn.isBefore(minimumAgeReachedOn)) {
            throw new InvalidValueException("NIP_APPOINTED_UNDER_MINIMUM_AGE",
                    "the appointment month in a NIP must start after its holder turns " + MINIMUM_AGE_AT_APPOINTMENT,
                    Map.of("nip", value, "minimumAge", MINIMUM_AGE_AT_APPOINTMENT, "appointedOn", appointedOn,
                            "minimumAgeReachedOn", minimumAgeReachedOn));
        }
        char sex = value.charAt(14);
        if (sex != '1' && sex != '2') {
            throw invalid("NIP_SEX_DIGIT", "digit 15 of a NIP must be 1 (male) or 2 (female)", value);
        }
    }

    @JsonCreator
    public static Nip of(String value) {
        return new Nip(value);
    }

    public LocalDate birthDate() {
        return parseBirthDate(value);
    }

    public YearMonth appointment() {
        return parseAppointment(value);
    }

    public Sex sex() {
        return value.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Digits 0 to 9 only, no other script's. A loop: a NIP is checked each time one is read, in every event a command
     * replays and a rebuild deserializes, where an expression was 2.6% of a command's CPU samples.
     */
    private static boolean eighteenDigits(String value) {
        if (value.length() != 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate parseBirthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
                    Integer.parseInt(value, 6, 8, 10));
        } catch (DateTimeException e) {
            throw invalid("NIP_BIRTH_DATE", "the first 8 digits of a NIP must be a valid birth date (yyyyMMdd)", value);
        }
    }

    private static YearMonth parseAppointment(String value) {
        int year = Integer.parseInt(value.substring(8, 12));
        int month = Integer.parseInt(value.substring(12, 14));
        if (month < 1 || month > 12) {
            throw invalid("NIP_APPOINTMENT_MONTH",
                    "digits 9 to 14 of a NIP must be a valid appointment year-month (yyyyMM)", value);
        }
        return YearMonth.of(year, month);
    }

    private static InvalidValueException invalid(String code, String message, String value) {
        return new InvalidValueException(code, message, Map.of("nip", value));
    }
}
