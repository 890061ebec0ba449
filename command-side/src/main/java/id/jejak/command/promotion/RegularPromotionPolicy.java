package id.jejak.command.promotion;

import id.jejak.command.discipline.DisciplinaryRecord.SanctionInForce;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.PromotionEligibility;
import id.jejak.kernel.promotion.RegularPromotionDefaults;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Kenaikan pangkat reguler. The law (PP 99/2000 jo PP 12/2002) fixes four years in rank and two years of at least
 * Baik; a sanction in force blocks it (PP 94/2021). The promotion dates and the ceilings by education are policy that
 * has changed and may change again (DOMAIN.md: dates by Peraturan BKN 4/2023, ceilings not yet verified), so they
 * are configuration with these defaults, and the version that decided goes into the event.
 */
public final class RegularPromotionPolicy {

    static final int MINIMUM_YEARS_IN_RANK = 4;
    static final int YEARS_OF_PREDICATES = 2;

    private final String version;
    private final Set<MonthDay> promotionDates;
    private final Map<Education, Rank> ceilings;

    public RegularPromotionPolicy(String version, Set<MonthDay> promotionDates, Map<Education, Rank> ceilings) {
        this.version = version;
        this.promotionDates = Set.copyOf(promotionDates);
        this.ceilings = new EnumMap<>(ceilings);
    }

    /** The defaults both sides share ({@link RegularPromotionDefaults}). */
    public static RegularPromotionPolicy defaults() {
        return new RegularPromotionPolicy(RegularPromotionDefaults.VERSION,
                Set.copyOf(RegularPromotionDefaults.PROMOTION_DATES), RegularPromotionDefaults.ceilings());
    }

    /** What the check needs to know about the civil servant. */
    public record Candidate(EmploymentType employmentType, Rank rank, LocalDate rankSince, Education education,
                            Map<Integer, Predicate> annualPredicates,
                            Function<LocalDate, Optional<SanctionInForce>> sanctionInForceOn) {
    }

    /** One rule the proposal fails, with the facts that fail it. */
    public record Failure(String code, Map<String, Object> facts) {
    }

    /** Every rule the promotion fails; none when it may go ahead. */
    public List<Failure> check(Candidate candidate, Rank target, LocalDate effectiveDate) {
        List<Failure> failures = new ArrayList<>();
        if (candidate.employmentType() != EmploymentType.PNS || candidate.rank() == null) {
            failures.add(new Failure("PROMOTION_ONLY_FOR_PNS", Map.of("employmentType", candidate.employmentType())));
            return failures;
        }
        if (!promotionDates.contains(MonthDay.from(effectiveDate))) {
            failures.add(new Failure("PROMOTION_DATE_NOT_ALLOWED", Map.of("effectiveDate", effectiveDate,
                    "promotionDates", promotionDates.stream().sorted().map(MonthDay::toString).toList(),
                    "policyVersion", version)));
        }
        Rank next = candidate.rank().ordinal() + 1 < Rank.values().length
                ? Rank.values()[candidate.rank().ordinal() + 1] : null;
        if (target != next) {
            failures.add(new Failure("PROMOTION_NOT_NEXT_RANK", facts("rank", candidate.rank(), "targetRank", target,
                    "nextRank", next)));
        }
        LocalDate eligibleFrom = candidate.rankSince().plusYears(MINIMUM_YEARS_IN_RANK);
        if (effectiveDate.isBefore(eligibleFrom)) {
            failures.add(new Failure("PROMOTION_MIN_YEARS_IN_RANK", Map.of("rankSince", candidate.rankSince(),
                    "effectiveDate", effectiveDate, "eligibleFrom", eligibleFrom)));
        }
        Map<Integer, Predicate> predicates = predicatesConsidered(candidate, effectiveDate);
        if (predicates.values().stream().anyMatch(predicate -> predicate == null || !predicate.isAtLeastBaik())) {
            Map<Integer, String> shown = new TreeMap<>();
            predicates.forEach((year, predicate) -> shown.put(year, predicate == null ? "-" : predicate.name()));
            failures.add(new Failure("PROMOTION_PREDICATES_BELOW_BAIK", Map.of("annualPredicates", shown)));
        }
        Optional<SanctionInForce> sanction = candidate.sanctionInForceOn().apply(effectiveDate);
        if (sanction.isPresent()) {
            SanctionInForce blocking = sanction.get();
            failures.add(new Failure("PROMOTION_SANCTION_IN_FORCE", facts("effectiveDate", effectiveDate,
                    "sanctionId", blocking.sanctionId(), "sanctionType", blocking.type(),
                    "sanctionLevel", blocking.type().level(), "sanctionFrom", blocking.from(),
                    "sanctionEndsOn", blocking.endsOn())));
        }
        Rank ceiling = candidate.education() == null ? null : ceilings.get(candidate.education());
        if (ceiling == null) {
            failures.add(new Failure("PROMOTION_EDUCATION_UNKNOWN", Map.of()));
        } else if (target != null && target.compareTo(ceiling) > 0) {
            failures.add(new Failure("PROMOTION_ABOVE_EDUCATION_CEILING", Map.of("education", candidate.education(),
                    "ceiling", ceiling, "targetRank", target, "policyVersion", version)));
        }
        return failures;
    }

    /** The facts a granted promotion keeps, so an auditor sees what the check saw. */
    public PromotionEligibility eligibility(Candidate candidate, LocalDate effectiveDate) {
        return new PromotionEligibility(candidate.rank(), candidate.rankSince(), candidate.education(),
                candidate.education() == null ? null : ceilings.get(candidate.education()),
                predicatesConsidered(candidate, effectiveDate),
                candidate.sanctionInForceOn().apply(effectiveDate).isPresent(),
                version);
    }

    /** The annual predicates of the years before the promotion year, most recent first; null where none exists. */
    private static Map<Integer, Predicate> predicatesConsidered(Candidate candidate, LocalDate effectiveDate) {
        Map<Integer, Predicate> considered = new LinkedHashMap<>();
        for (int back = 1; back <= YEARS_OF_PREDICATES; back++) {
            int year = effectiveDate.getYear() - back;
            considered.put(year, candidate.annualPredicates().get(year));
        }
        return considered;
    }

    private static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put((String) keysAndValues[i], keysAndValues[i + 1] == null ? "-" : keysAndValues[i + 1]);
        }
        return facts;
    }
}
