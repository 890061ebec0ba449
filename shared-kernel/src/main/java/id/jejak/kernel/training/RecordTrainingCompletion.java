package id.jejak.kernel.training;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Record that an assigned training was completed, with the lesson hours actually earned. */
public record RecordTrainingCompletion(
        @TargetAggregateIdentifier Nip nip,
        UUID trainingId,
        LessonHours earnedLessonHours,
        LocalDate completedOn,
        String certificateNumber) {
}
