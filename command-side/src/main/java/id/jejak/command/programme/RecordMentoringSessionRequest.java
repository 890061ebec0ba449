package id.jejak.command.programme;

import id.jejak.kernel.training.LessonHours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param lessonHours the lesson hours (JP) the session gives the mentee */
record RecordMentoringSessionRequest(
        @NotNull @PastOrPresent LocalDate heldOn,
        @NotNull LessonHours lessonHours,
        @NotBlank @Size(max = 500) String topic,
        @Size(max = 2000) String reason) {
}
