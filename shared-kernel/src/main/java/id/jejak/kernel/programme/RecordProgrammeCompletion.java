package id.jejak.kernel.programme;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record how a participant's part in a programme ended.
 *
 * @param attended          whether they completed it; {@code false} records that they did not
 * @param earnedLessonHours the lesson hours (JP) earned: required when attended, absent when not
 */
public record RecordProgrammeCompletion(
        @TargetAggregateIdentifier UUID programmeId,
        Nip nip,
        boolean attended,
        LessonHours earnedLessonHours,
        LocalDate completedOn,
        String certificateNumber) {
}
