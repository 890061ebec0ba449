package id.jejak.kernel.programme;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Enrol a civil servant in a programme. */
public record EnrolParticipant(
        @TargetAggregateIdentifier UUID programmeId,
        Nip nip,
        LocalDate enrolledOn) {
}
