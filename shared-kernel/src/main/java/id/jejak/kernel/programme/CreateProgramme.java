package id.jejak.kernel.programme;

import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Set up a development programme (program pembinaan) that civil servants can be enrolled in.
 *
 * @param country     where it takes place, as an ISO 3166 alpha-2 code: "ID" at home, another for an internship
 *                    abroad
 * @param lessonHours the lesson hours (JP) the whole programme gives
 */
public record CreateProgramme(
        @TargetAggregateIdentifier UUID programmeId,
        String title,
        TrainingKind kind,
        String partnerInstitution,
        String country,
        int capacity,
        LocalDate startDate,
        LocalDate endDate,
        LessonHours lessonHours) {
}
