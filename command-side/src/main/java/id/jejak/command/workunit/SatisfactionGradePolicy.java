package id.jejak.command.workunit;

import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which grade (mutu pelayanan) a satisfaction index earns: the lowest index of each grade, under a version name that
 * goes into every result it checked. The default intervals are PermenPANRB 14/2017's as DOMAIN.md 1.11 remembers
 * them, not yet checked against the regulation's annex, so they are policy, not code: another version is configured
 * under {@code jejak.satisfaction-grade-policy} (see {@link WorkUnitConfiguration}).
 *
 * @param version     names the intervals, e.g. {@code PermenPANRB-14-2017}
 * @param lowestIndex the lowest index of each grade; an index below grade D's has no grade
 */
record SatisfactionGradePolicy(String version, Map<SatisfactionGrade, BigDecimal> lowestIndex) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final SatisfactionGradePolicy PERMENPANRB_14_2017 = new SatisfactionGradePolicy("PermenPANRB-14-2017",
            Map.of(SatisfactionGrade.A, new BigDecimal("88.31"), SatisfactionGrade.B, new BigDecimal("76.61"),
                    SatisfactionGrade.C, new BigDecimal("65.00"), SatisfactionGrade.D, new BigDecimal("25.00")));

    SatisfactionGradePolicy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a satisfaction grade policy needs a version");
        }
        if (lowestIndex == null || !lowestIndex.keySet().containsAll(Arrays.asList(SatisfactionGrade.values()))) {
            throw new IllegalArgumentException("satisfaction grade policy " + version
                    + " needs the lowest index of every grade A to D, got " + lowestIndex);
        }
        // in grade order, A first, which is the order gradeOf and the check below walk them in
        lowestIndex = Collections.unmodifiableMap(new EnumMap<>(lowestIndex));
        BigDecimal above = null;
        for (BigDecimal lowest : lowestIndex.values()) {
            if (lowest == null || lowest.signum() < 0 || lowest.compareTo(HUNDRED) > 0
                    || above != null && lowest.compareTo(above) >= 0) {
                throw new IllegalArgumentException("satisfaction grade policy " + version
                        + " must give each grade a lower index than the grade above it, within 0 to 100, got "
                        + lowestIndex);
            }
            above = lowest;
        }
    }

    /** The grade the index earns, or none when it lies below grade D's interval. */
    Optional<SatisfactionGrade> gradeOf(SatisfactionIndex index) {
        return lowestIndex.entrySet().stream()
                .filter(grade -> index.value().compareTo(grade.getValue()) >= 0)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
