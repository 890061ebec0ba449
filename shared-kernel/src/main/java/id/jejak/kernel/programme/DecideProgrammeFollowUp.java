package id.jejak.kernel.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Decide, once a programme has ended and its participants have evaluated it, whether it continues, is revised or
 * stops: the results of an evaluation are the basis of the next programme.
 *
 * @param curriculumChanges what changes in the curriculum; a revision only, and required for one
 * @param grounds           why, from the evaluation
 */
public record DecideProgrammeFollowUp(
        @TargetAggregateIdentifier UUID programmeId,
        FollowUpDecision decision,
        String curriculumChanges,
        String grounds,
        LocalDate decidedOn) {
}
