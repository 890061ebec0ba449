package id.jejak.kernel.programme;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's part in a programme ended on the completion date: attended, with the lesson hours (JP) earned,
 * or not completed, with none.
 */
public record ProgrammeParticipationCompleted(
        UUID programmeId,
        Nip nip,
        boolean attended,
        LessonHours earnedLessonHours,
        LocalDate completedOn,
        String certificateNumber) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return completedOn;
    }
}
