package id.jejak.kernel.programme;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant of a mentoring programme was paired with their mentor. It is the mentee's career event: the
 * mentoring is their development; the mentor is named in it.
 *
 * @param nip the mentee
 */
public record MentoringPairFormed(
        UUID programmeId,
        Nip nip,
        Nip mentor,
        LocalDate formedOn) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return formedOn;
    }
}
