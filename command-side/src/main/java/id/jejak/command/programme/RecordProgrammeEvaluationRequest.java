package id.jejak.command.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param rating      from 1 (poor) to 5 (excellent)
 * @param evaluatedOn the day the participant gave the evaluation; today when absent
 */
record RecordProgrammeEvaluationRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comments,
        @PastOrPresent LocalDate evaluatedOn,
        @Size(max = 2000) String reason) {
}
