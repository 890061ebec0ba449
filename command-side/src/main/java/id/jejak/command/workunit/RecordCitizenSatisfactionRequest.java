package id.jejak.command.workunit;

import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param period      the year ("2025"), a semester ("2025-S1") or a quarter ("2025-Q3") of {@code year}
 * @param index       the IKM, 0.00 to 100.00
 * @param grade       A, B, C or D, which must be the grade the index earns
 * @param respondents how many citizens answered, at least 1
 */
record RecordCitizenSatisfactionRequest(
        @NotNull Integer year,
        @NotBlank String period,
        @NotNull SatisfactionIndex index,
        @NotNull SatisfactionGrade grade,
        @NotNull Integer respondents,
        @Size(max = 2000) String reason) {
}
