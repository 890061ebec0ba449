package id.jejak.kernel.workunit;

/**
 * A unit's citizen satisfaction survey result for a period was recorded, with the grade policy (its version) that
 * found the grade consistent with the index.
 */
public record CitizenSatisfactionRecorded(
        UnitCode unit,
        int year,
        String period,
        SatisfactionIndex index,
        SatisfactionGrade grade,
        int respondents,
        String gradePolicy) {
}
