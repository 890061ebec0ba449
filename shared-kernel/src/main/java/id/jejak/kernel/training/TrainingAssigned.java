package id.jejak.kernel.training;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A civil servant was assigned a training, taking effect on the day it starts. */
public record TrainingAssigned(
        Nip nip,
        UUID trainingId,
        String title,
        TrainingKind kind,
        String organiser,
        LessonHours plannedLessonHours,
        LocalDate startDate,
        boolean basicTraining) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return startDate;
    }
}
