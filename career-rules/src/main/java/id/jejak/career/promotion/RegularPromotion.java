package id.jejak.career.promotion;

import id.jejak.career.CareerRule;
import id.jejak.career.RuleFailure;
import id.jejak.career.discipline.Sanction;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules of kenaikan pangkat reguler that the law fixes (PP 99/2000 jo PP 12/2002; PP 94/2021 for sanctions):
 * four years in rank, two years of at least Baik, no sanction in force, the next rank only. Each is a rule of its
 * own, so that whoever checks a granted promotion again (the findings) asks the same rule as whoever proposes one.
 * What is policy (promotion dates, ceilings) is in {@link PromotionPolicy}.
 */
public final class RegularPromotion {

    public static final int MINIMUM_YEARS_IN_RANK = 4;
    public static final int YEARS_OF_PREDICATES = 2;

    private RegularPromotion() {
    }

    /** The rank after this one; none after IV/e. */
    public static Optional<Rank> nextRank(Rank rank) {
        return rank.ordinal() + 1 < Rank.values().length ? Optional.of(Rank.values()[rank.ordinal() + 1])
                : Optional.empty();
    }

    /** To the next rank only, and there is none above IV/e. */
    public static Optional<RuleFailure> nextRankOnly(Rank rank, Rank target) {
        Optional<Rank> next = nextRank(rank);
        if (next.isEmpty()) {
            return Optional.of(new RuleFailure(CareerRule.PROMOTION_NO_HIGHER_RANK, RuleFailure.facts("rank", rank)));
        }
        return target == next.get() ? Optional.empty() : Optional.of(new RuleFailure(
                CareerRule.PROMOTION_NOT_NEXT_RANK,
                RuleFailure.facts("rank", rank, "targetRank", target, "nextRank", next.get())));
    }

    public static Optional<RuleFailure> minimumYearsInRank(LocalDate rankSince, LocalDate effectiveDate) {
        LocalDate eligibleFrom = rankSince.plusYears(MINIMUM_YEARS_IN_RANK);
        return effectiveDate.isBefore(eligibleFrom) ? Optional.of(new RuleFailure(
                CareerRule.PROMOTION_MIN_YEARS_IN_RANK,
                RuleFailure.facts("rankSince", rankSince, "effectiveDate", effectiveDate, "eligibleFrom", eligibleFrom)))
                : Optional.empty();
    }

    /** Each of the years before the promotion year needs an annual predicate of Baik or better. */
    public static Optional<RuleFailure> predicatesAtLeastBaik(Map<Integer, Predicate> annualPredicates,
                                                              LocalDate effectiveDate) {
        Map<Integer, Predicate> considered = predicatesConsidered(annualPredicates, effectiveDate);
        if (considered.values().stream().allMatch(predicate -> predicate != null && predicate.isAtLeastBaik())) {
            return Optional.empty();
        }
        Map<Integer, String> shown = new TreeMap<>();
        considered.forEach((year, predicate) -> shown.put(year, predicate == null ? "-" : predicate.name()));
        return Optional.of(new RuleFailure(CareerRule.PROMOTION_PREDICATES_BELOW_BAIK,
                RuleFailure.facts("annualPredicates", shown)));
    }

    public static Optional<RuleFailure> noSanctionInForce(Optional<Sanction> inForce, LocalDate effectiveDate) {
        return inForce.map(sanction -> new RuleFailure(CareerRule.PROMOTION_SANCTION_IN_FORCE,
                RuleFailure.facts("effectiveDate", effectiveDate, "sanctionId", sanction.sanctionId(),
                        "sanctionType", sanction.type(), "sanctionLevel", sanction.type().level(),
                        "sanctionFrom", sanction.from(), "sanctionEndsOn", sanction.endsOn())));
    }

    /** The annual predicates of the years before the promotion year, most recent first; null where none exists. */
    public static Map<Integer, Predicate> predicatesConsidered(Map<Integer, Predicate> annualPredicates,
                                                               LocalDate effectiveDate) {
        Map<Integer, Predicate> considered = new LinkedHashMap<>();
        for (int back = 1; back <= YEARS_OF_PREDICATES; back++) {
            int year = effectiveDate.getYear() - back;
            considered.put(year, annualPredicates.get(year));
        }
        return considered;
    }
}
