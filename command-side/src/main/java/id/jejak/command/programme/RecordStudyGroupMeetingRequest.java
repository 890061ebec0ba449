package id.jejak.command.programme;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * @param lessonHours the lesson hours (JP) the meeting gives each member present
 * @param present     the participants who attended
 */
record RecordStudyGroupMeetingRequest(
        @NotNull @PastOrPresent LocalDate heldOn,
        @NotNull LessonHours lessonHours,
        @NotBlank @Size(max = 500) String topic,
        @NotEmpty @Size(max = 500) List<@NotNull Nip> present,
        @Size(max = 2000) String reason) {
}
