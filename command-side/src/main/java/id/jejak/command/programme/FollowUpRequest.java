package id.jejak.command.programme;

import id.jejak.kernel.programme.FollowUpDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param curriculumChanges what changes, for {@code REVISE_CURRICULUM} only
 * @param decidedOn         today when absent
 */
record FollowUpRequest(
        @NotNull FollowUpDecision decision,
        @Size(max = 4000) String curriculumChanges,
        @NotBlank @Size(max = 2000) String grounds,
        @PastOrPresent LocalDate decidedOn,
        @Size(max = 2000) String reason) {
}
