package id.jejak.command.training;

import id.jejak.kernel.training.LessonHours;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param earnedLessonHours the lesson hours (JP) actually earned, which may differ from those planned */
record RecordTrainingCompletionRequest(
        @NotNull LessonHours earnedLessonHours,
        @NotNull @PastOrPresent LocalDate completedOn,
        @Size(max = 100) String certificateNumber,
        @Size(max = 2000) String reason) {
}
