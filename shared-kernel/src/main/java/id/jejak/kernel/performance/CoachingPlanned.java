package id.jejak.kernel.performance;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A coaching plan answers the evaluation below Baik it names. */
public record CoachingPlanned(Nip nip, UUID coachingId, UUID evaluationId, Nip coach, LocalDate plannedOn,
                              String goal) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return plannedOn;
    }
}
