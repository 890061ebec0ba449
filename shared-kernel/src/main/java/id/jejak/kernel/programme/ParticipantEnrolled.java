package id.jejak.kernel.programme;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A civil servant was enrolled in a programme, taking effect on the day of enrolment. */
public record ParticipantEnrolled(
        UUID programmeId,
        Nip nip,
        LocalDate enrolledOn) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return enrolledOn;
    }
}
