package id.jejak.query.findings;

import id.jejak.career.workunit.UnitNames;

/**
 * Which findings to answer; a null part matches everything. A unit is compared as {@link UnitNames} writes it, so a
 * person's recorded work unit "Bappeda" matches the unit code {@code BAPPEDA}.
 */
public record FindingFilter(RuleCode ruleCode, String nip, String unit, Integer year) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null);

    public FindingFilter {
        unit = unit == null || unit.isBlank() ? null : UnitNames.normalise(unit);
    }

    boolean includes(RuleCode rule) {
        return ruleCode == null || ruleCode == rule;
    }

    boolean matches(DetectedFinding finding) {
        return includes(finding.ruleCode())
                && (nip == null || finding.nips().contains(nip))
                && (unit == null || unit.equals(UnitNames.normalise(finding.unit())))
                && (year == null || year.equals(finding.year()));
    }
}
