package id.jejak.kernel.programme;

import id.jejak.kernel.training.LessonHours;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A study group met; each member present is recorded by a {@link StudyGroupMeetingAttended} that follows it.
 *
 * @param lessonHours the lesson hours (JP) the meeting gives each member present
 */
public record StudyGroupMeetingHeld(
        UUID programmeId,
        UUID meetingId,
        LocalDate heldOn,
        LessonHours lessonHours,
        String topic,
        int present) {
}
