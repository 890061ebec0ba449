package id.jejak.query.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a unit's annual predicates of a year are spread: each predicate's count and its percentage of those evaluated
 * (one decimal; absent when nobody was), best first, and the share of Baik or better.
 */
record PredicateShares(int evaluated, int baikOrBetter, BigDecimal shareBaikOrBetter, Map<String, Share> predicates) {

    record Share(int count, BigDecimal percentage) {
    }
}
