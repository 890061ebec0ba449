package id.jejak.kernel.workunit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a unit's organisation performance predicate for a year, as the decree that set it states. */
public record RecordOrganisationPerformance(
        @TargetAggregateIdentifier UnitCode unit,
        int year,
        OrganisationPredicate predicate,
        String decreeNumber,
        LocalDate decreeDate) {
}
