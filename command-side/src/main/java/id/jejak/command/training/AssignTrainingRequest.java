package id.jejak.command.training;

import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param plannedLessonHours the lesson hours (JP) the training is planned to give
 * @param basicTraining      whether it is the basic training (Latsar) of a CPNS; false when absent
 */
record AssignTrainingRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull TrainingKind kind,
        @NotBlank @Size(max = 200) String organiser,
        @NotNull LessonHours plannedLessonHours,
        @NotNull LocalDate startDate,
        Boolean basicTraining,
        @Size(max = 2000) String reason) {
}
