package id.jejak.kernel.promotion;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;

import java.time.LocalDate;
import java.util.Map;

/**
 * The facts a promotion check used, kept with the decision so an auditor sees why it was allowed.
 *
 * @param annualPredicates the annual predicate of each of the years the rule looks at (absent when not evaluated)
 * @param ceiling          the highest rank the education allows, by the policy named in {@code policyVersion}
 * @param sanctionInForce  whether a disciplinary sanction was in force on the effective date
 */
public record PromotionEligibility(Rank rank, LocalDate rankSince, Education education, Rank ceiling,
                                   Map<Integer, Predicate> annualPredicates, boolean sanctionInForce,
                                   String policyVersion) {
}
