package id.jejak.kernel.programme;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record a session a mentee held with their mentor.
 *
 * @param lessonHours the lesson hours (JP) the session gives the mentee
 */
public record RecordMentoringSession(
        @TargetAggregateIdentifier UUID programmeId,
        Nip mentee,
        LocalDate heldOn,
        LessonHours lessonHours,
        String topic) {
}
