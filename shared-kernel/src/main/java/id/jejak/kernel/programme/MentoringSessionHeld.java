package id.jejak.kernel.programme;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentee held a session with their mentor. The lesson hours (JP) are what the session gives towards the mentee's
 * completion of the programme; they count once that completion is recorded, not here.
 *
 * @param nip the mentee
 */
public record MentoringSessionHeld(
        UUID programmeId,
        Nip nip,
        Nip mentor,
        LocalDate heldOn,
        LessonHours lessonHours,
        String topic) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return heldOn;
    }
}
