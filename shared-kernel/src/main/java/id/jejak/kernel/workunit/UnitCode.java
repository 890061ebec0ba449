package id.jejak.kernel.workunit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.jejak.kernel.InvalidValueException;

import java.util.Locale;
import java.util.Map;

/**
 * The code of a work unit (unit organisasi), e.g. {@code DINKES} or {@code SETDA.BAG-UMUM}: 2 to 40 letters, digits,
 * dots or hyphens, upper-cased. It names the unit's record in the event store, where a NIP names a civil servant's,
 * so it begins with a letter: an all-digit code could be a NIP and would add to that civil servant's stream.
 */
public record UnitCode(String value) {

    public UnitCode {
        value = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z][A-Z0-9.-]{1,39}")) {
            throw new InvalidValueException("UNIT_CODE_INVALID",
                    "a unit code is 2 to 40 letters, digits, '.' or '-', beginning with a letter",
                    Map.of("unit", value));
        }
    }

    @JsonCreator
    public static UnitCode of(String value) {
        return new UnitCode(value);
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
}
