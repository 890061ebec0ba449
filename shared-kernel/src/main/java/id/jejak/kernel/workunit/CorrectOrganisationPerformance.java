package id.jejak.kernel.workunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct a unit's recorded predicate for a year. It names the event it corrects — the latest one deciding that
 * year — and says why and on whose authority; the corrected event stays in the record.
 */
public record CorrectOrganisationPerformance(
        @TargetAggregateIdentifier UnitCode unit,
        int year,
        OrganisationPredicate predicate,
        String correctedEventId,
        String reason,
        String authority) {
}
