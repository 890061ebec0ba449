package id.jejak.query.report;

import java.util.List;

/**
 * The annual predicates of a year per unit (the unit a person was in at the end of the evaluated period), beside the
 * unit's organisation predicate for that year, which sets the curve the distribution is held against.
 */
record PredicateDistributionReport(int year, List<UnitDistribution> units) {

    record UnitDistribution(String unit, String organisationPredicate, PredicateShares distribution) {
    }
}
