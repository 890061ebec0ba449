package id.jejak.command.programme;

import id.jejak.kernel.training.LessonHours;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param attended          false records that the participant did not complete the programme
 * @param earnedLessonHours the lesson hours (JP) earned; required when attended, absent when not
 */
record RecordProgrammeCompletionRequest(
        @NotNull Boolean attended,
        LessonHours earnedLessonHours,
        @NotNull @PastOrPresent LocalDate completedOn,
        @Size(max = 100) String certificateNumber,
        @Size(max = 2000) String reason) {
}
