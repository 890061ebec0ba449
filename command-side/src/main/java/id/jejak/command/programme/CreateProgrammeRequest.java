package id.jejak.command.programme;

import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param country     ISO 3166 alpha-2 code of where it takes place; "ID" when absent
 * @param capacity    how many participants it takes
 * @param lessonHours the lesson hours (JP) the whole programme gives
 */
record CreateProgrammeRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull TrainingKind kind,
        @NotBlank @Size(max = 200) String partnerInstitution,
        String country,
        @NotNull @Positive Integer capacity,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull LessonHours lessonHours,
        @Size(max = 2000) String reason) {
}
