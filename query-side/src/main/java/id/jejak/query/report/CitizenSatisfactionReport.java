package id.jejak.query.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Each unit's citizen satisfaction results of a year beside its own performance: the organisation predicate and how
 * its staff's annual predicates are spread. Units with a predicate but no survey show an empty list: every service
 * unit owes at least one survey a year.
 */
record CitizenSatisfactionReport(int year, List<UnitSatisfaction> units) {

    record UnitSatisfaction(String unit, List<SurveyResult> results, String organisationPredicate,
                            PredicateShares performance) {
    }

    record SurveyResult(String period, BigDecimal index, String grade, int respondents, String gradePolicy) {
    }
}
