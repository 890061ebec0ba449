package id.jejak.query.findings;

import java.util.Locale;

/**
 * Which findings to answer; a null part matches everything. A unit is compared the way unit codes are written
 * (trimmed, upper-case), so a person's recorded work unit "Bappeda" matches the unit code {@code BAPPEDA}.
 */
public record FindingFilter(RuleCode ruleCode, String nip, String unit, Integer year) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null);

    public FindingFilter {
        unit = unit == null || unit.isBlank() ? null : normalisedUnit(unit);
    }

    boolean includes(RuleCode rule) {
        return ruleCode == null || ruleCode == rule;
    }

    boolean matches(DetectedFinding finding) {
        return includes(finding.ruleCode())
                && (nip == null || finding.nips().contains(nip))
                && (unit == null || unit.equals(normalisedUnit(finding.unit())))
                && (year == null || year.equals(finding.year()));
    }

    /** A unit as its code is written; null stays null. */
    static String normalisedUnit(String unit) {
        return unit == null ? null : unit.trim().toUpperCase(Locale.ROOT);
    }
}
