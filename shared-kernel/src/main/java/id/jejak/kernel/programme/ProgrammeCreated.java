package id.jejak.kernel.programme;

import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;

import java.time.LocalDate;
import java.util.UUID;

/** A development programme was set up, with room for {@code capacity} participants. */
public record ProgrammeCreated(
        UUID programmeId,
        String title,
        TrainingKind kind,
        String partnerInstitution,
        String country,
        int capacity,
        LocalDate startDate,
        LocalDate endDate,
        LessonHours lessonHours) {
}
