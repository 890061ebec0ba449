package id.jejak.kernel.workunit;

/**
 * A unit's predicate for a year was corrected from {@code previousPredicate} to {@code predicate}, by a decision
 * correcting the event {@code correctedEventId}, for the reason and on the authority given.
 */
public record OrganisationPerformanceCorrected(
        UnitCode unit,
        int year,
        OrganisationPredicate previousPredicate,
        OrganisationPredicate predicate,
        String correctedEventId,
        String reason,
        String authority) {
}
