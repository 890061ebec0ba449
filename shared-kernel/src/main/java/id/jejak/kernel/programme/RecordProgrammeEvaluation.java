package id.jejak.kernel.programme;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record a participant's evaluation of a programme they took part in.
 *
 * @param rating      from 1 (poor) to 5 (excellent)
 * @param evaluatedOn the day it was given, which dates it in the participant's career history
 */
public record RecordProgrammeEvaluation(
        @TargetAggregateIdentifier UUID programmeId,
        Nip nip,
        int rating,
        String comments,
        LocalDate evaluatedOn) {
}
