package id.jejak.kernel.performance;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A coaching session was held. */
public record CoachingSessionRecorded(Nip nip, UUID coachingId, LocalDate heldOn, String notes)
        implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return heldOn;
    }
}
