package id.jejak.kernel.training;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A civil servant completed a training and earned its lesson hours on the completion date. */
public record TrainingCompleted(
        Nip nip,
        UUID trainingId,
        LessonHours earnedLessonHours,
        LocalDate completedOn,
        String certificateNumber) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return completedOn;
    }
}
