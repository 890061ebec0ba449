package id.jejak.kernel.programme;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Record a meeting of a study group (komunitas belajar) and the members present at it.
 *
 * @param lessonHours the lesson hours (JP) the meeting gives each member present
 * @param present     the participants who attended; one named twice attended once
 */
public record RecordStudyGroupMeeting(
        @TargetAggregateIdentifier UUID programmeId,
        UUID meetingId,
        LocalDate heldOn,
        LessonHours lessonHours,
        String topic,
        List<Nip> present) {

    public RecordStudyGroupMeeting {
        present = List.copyOf(new LinkedHashSet<>(present));
    }
}
