package id.jejak.career.workunit;

import java.util.Locale;

/**
 * A work unit as its name is written anywhere in Jejak: trimmed, inner white space collapsed, upper-cased, so
 * "Dinkes ", "dinkes" and "DINKES" are one unit to the reports, the findings and the decision trail alike.
 */
public final class UnitNames {

    private UnitNames() {
    }

    public static String normalise(String workUnit) {
        return workUnit == null ? null : workUnit.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
