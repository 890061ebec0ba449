package id.jejak.kernel.performance;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A coaching plan ended with this outcome. */
public record CoachingClosed(Nip nip, UUID coachingId, LocalDate closedOn, CoachingOutcome outcome)
        implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return closedOn;
    }
}
