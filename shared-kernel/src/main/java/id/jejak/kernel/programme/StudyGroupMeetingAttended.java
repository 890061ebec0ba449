package id.jejak.kernel.programme;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of a study group attended one of its meetings. The lesson hours (JP) are what the meeting gives towards the
 * member's completion of the programme; they count once that completion is recorded, not here.
 */
public record StudyGroupMeetingAttended(
        UUID programmeId,
        UUID meetingId,
        Nip nip,
        LocalDate heldOn,
        LessonHours lessonHours) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return heldOn;
    }
}
