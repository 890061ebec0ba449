package id.jejak.kernel.programme;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Pair a participant of a mentoring programme (the mentee) with a senior civil servant who mentors them.
 *
 * @param mentee a participant of the programme
 * @param mentor a civil servant in service, not the mentee; they need not take part in the programme
 */
public record FormMentoringPair(
        @TargetAggregateIdentifier UUID programmeId,
        Nip mentee,
        Nip mentor,
        LocalDate formedOn) {
}
