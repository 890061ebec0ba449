package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.RegularPromotionDefaults;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regular-promotion rules as the command side applies them when HR proposes (four years in rank, two annual
 * predicates of at least Baik, no sanction in force, not above the education's ceiling), run over the report's
 * current-state rows so HR sees who will pass before proposing. The query side may not depend on the command side,
 * so the rules are restated here under the same codes and facts, with the same defaults; both sides read the same configuration
 * ({@code jejak.policies.promotion}), so a changed policy changes both.
 */
final class PromotionPolicy {

    static final int MINIMUM_YEARS_IN_RANK = 4;
    static final int YEARS_OF_PREDICATES = 2;

    private final String version;
    private final List<MonthDay> promotionDates;
    private final Map<Education, Rank> ceilings;

    PromotionPolicy(String version, List<MonthDay> promotionDates, Map<Education, Rank> ceilings) {
        this.version = version;
        this.promotionDates = promotionDates.stream().distinct().sorted().toList();
        this.ceilings = new EnumMap<>(ceilings);
    }

    /** The defaults both sides share ({@link RegularPromotionDefaults}). */
    static PromotionPolicy defaults() {
        return new PromotionPolicy(RegularPromotionDefaults.VERSION, RegularPromotionDefaults.PROMOTION_DATES,
                RegularPromotionDefaults.ceilings());
    }

    String version() {
        return version;
    }

    List<String> promotionDates() {
        return promotionDates.stream().map(date -> date.toString().substring(2)).toList();
    }

    boolean isPromotionDate(LocalDate date) {
        return promotionDates.contains(MonthDay.from(date));
    }

    /** The first promotion date after the given day. */
    LocalDate nextDateAfter(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay date : promotionDates) {
                if (date.isValidYear(year) && date.atYear(year).isAfter(day)) {
                    return date.atYear(year);
                }
            }
        }
    }

    /** What the rules need to know about a PNS. */
    record Candidate(Rank rank, LocalDate rankSince, Education education, Map<Integer, Predicate> annualPredicates,
                     LocalDate sanctionInForceUntil) {
    }

    /** One rule a promotion on the date would fail, with the facts that fail it. */
    record Failure(String code, Map<String, Object> facts) {
    }

    static Rank nextRank(Rank rank) {
        return rank.ordinal() + 1 < Rank.values().length ? Rank.values()[rank.ordinal() + 1] : null;
    }

    /** Every rule a promotion to the next rank on that date fails; none when it may be proposed. */
    List<Failure> check(Candidate candidate, LocalDate date) {
        List<Failure> failures = new ArrayList<>();
        Rank target = nextRank(candidate.rank());
        if (target == null) {
            // the command side would answer PROMOTION_NOT_NEXT_RANK to any target; here there is none to name
            failures.add(new Failure("PROMOTION_NO_HIGHER_RANK", Map.of("rank", candidate.rank())));
        }
        LocalDate eligibleFrom = candidate.rankSince().plusYears(MINIMUM_YEARS_IN_RANK);
        if (date.isBefore(eligibleFrom)) {
            failures.add(new Failure("PROMOTION_MIN_YEARS_IN_RANK", facts("rankSince", candidate.rankSince(),
                    "effectiveDate", date, "eligibleFrom", eligibleFrom)));
        }
        Map<Integer, String> predicates = new TreeMap<>();
        boolean belowBaik = false;
        for (int back = 1; back <= YEARS_OF_PREDICATES; back++) {
            Predicate predicate = candidate.annualPredicates().get(date.getYear() - back);
            predicates.put(date.getYear() - back, predicate == null ? "-" : predicate.name());
            belowBaik |= predicate == null || !predicate.isAtLeastBaik();
        }
        if (belowBaik) {
            failures.add(new Failure("PROMOTION_PREDICATES_BELOW_BAIK", facts("annualPredicates", predicates)));
        }
        if (candidate.sanctionInForceUntil() != null) {
            failures.add(new Failure("PROMOTION_SANCTION_IN_FORCE", facts("effectiveDate", date,
                    "sanctionEndsOn", candidate.sanctionInForceUntil())));
        }
        Rank ceiling = candidate.education() == null ? null : ceilings.get(candidate.education());
        if (ceiling == null) {
            failures.add(new Failure("PROMOTION_EDUCATION_UNKNOWN", Map.of()));
        } else if (target != null && target.compareTo(ceiling) > 0) {
            failures.add(new Failure("PROMOTION_ABOVE_EDUCATION_CEILING", facts("education", candidate.education(),
                    "ceiling", ceiling, "targetRank", target, "policyVersion", version)));
        }
        return failures;
    }

    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return facts;
    }
}
