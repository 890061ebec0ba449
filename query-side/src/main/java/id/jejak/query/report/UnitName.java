package id.jejak.query.report;

import java.util.Locale;

/**
 * How reports name a unit. A civil servant's work unit is free text in their registration and placements, while a
 * work unit's own record (satisfaction results, organisation predicates) is named by its code; written the way a code
 * is — trimmed, inner spaces collapsed, upper-cased — "Dinkes " and "DINKES" are one unit and meet that record.
 */
final class UnitName {

    private UnitName() {
    }

    static String of(String workUnit) {
        return workUnit == null ? null : workUnit.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
