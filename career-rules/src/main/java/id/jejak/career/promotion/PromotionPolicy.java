package id.jejak.career.promotion;

import id.jejak.career.CareerRule;
import id.jejak.career.RuleFailure;
import id.jejak.career.discipline.Sanction;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.PromotionEligibility;
import id.jejak.kernel.promotion.RegularPromotionDefaults;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regular promotion as one policy decides it: the law's rules ({@link RegularPromotion}) and what is policy and has
 * changed (DOMAIN.md: promotion dates by Peraturan BKN 4/2023, ceilings by education not yet verified), with the
 * version that names it, which every proposal and grant records. The command side refuses by it, HR's eligibility
 * report lists by it, and the findings check granted promotions by its rules.
 */
public final class PromotionPolicy {

    private final String version;
    private final List<MonthDay> promotionDates;
    private final Map<Education, Rank> ceilings;

    public PromotionPolicy(String version, Collection<MonthDay> promotionDates, Map<Education, Rank> ceilings) {
        this.version = version;
        this.promotionDates = promotionDates.stream().distinct().sorted().toList();
        this.ceilings = ceilings.isEmpty() ? new EnumMap<>(Education.class) : new EnumMap<>(ceilings);
    }

    /** The defaults both sides share ({@link RegularPromotionDefaults}). */
    public static PromotionPolicy defaults() {
        return new PromotionPolicy(RegularPromotionDefaults.VERSION, RegularPromotionDefaults.PROMOTION_DATES,
                RegularPromotionDefaults.ceilings());
    }

    /**
     * What the rules need to know about the civil servant.
     *
     * @param sanctions the sanctions neither revoked nor annulled, whether in force or not
     */
    public record Candidate(EmploymentType employmentType, Rank rank, LocalDate rankSince, Education education,
                            Map<Integer, Predicate> annualPredicates, Collection<Sanction> sanctions) {
    }

    public String version() {
        return version;
    }

    /** The promotion dates of a year as {@code MM-dd}. */
    public List<String> promotionDates() {
        return promotionDates.stream().map(date -> date.toString().substring(2)).toList();
    }

    /** The promotion dates of the year, in order. */
    public List<LocalDate> promotionDatesIn(int year) {
        return promotionDates.stream().filter(date -> date.isValidYear(year)).map(date -> date.atYear(year)).toList();
    }

    public boolean isPromotionDate(LocalDate date) {
        return promotionDates.contains(MonthDay.from(date));
    }

    /** The first promotion date after the given day. */
    public LocalDate nextDateAfter(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay date : promotionDates) {
                if (date.isValidYear(year) && date.atYear(year).isAfter(day)) {
                    return date.atYear(year);
                }
            }
        }
    }

    public Optional<Rank> ceiling(Education education) {
        return Optional.ofNullable(education == null ? null : ceilings.get(education));
    }

    /** Every rule a promotion to the target on the date fails; none when it may go ahead. */
    public List<RuleFailure> check(Candidate candidate, Rank target, LocalDate effectiveDate) {
        List<RuleFailure> failures = new ArrayList<>();
        if (candidate.employmentType() != EmploymentType.PNS || candidate.rank() == null) {
            failures.add(new RuleFailure(CareerRule.PROMOTION_ONLY_FOR_PNS,
                    RuleFailure.facts("employmentType", candidate.employmentType())));
            return failures;
        }
        if (!isPromotionDate(effectiveDate)) {
            failures.add(new RuleFailure(CareerRule.PROMOTION_DATE_NOT_ALLOWED, RuleFailure.facts(
                    "effectiveDate", effectiveDate, "promotionDates", promotionDates(), "policyVersion", version)));
        }
        RegularPromotion.nextRankOnly(candidate.rank(), target).ifPresent(failures::add);
        RegularPromotion.minimumYearsInRank(candidate.rankSince(), effectiveDate).ifPresent(failures::add);
        RegularPromotion.predicatesAtLeastBaik(candidate.annualPredicates(), effectiveDate).ifPresent(failures::add);
        RegularPromotion.noSanctionInForce(Sanction.inForceOn(candidate.sanctions(), effectiveDate), effectiveDate)
                .ifPresent(failures::add);
        Optional<Rank> ceiling = ceiling(candidate.education());
        if (ceiling.isEmpty()) {
            failures.add(new RuleFailure(CareerRule.PROMOTION_EDUCATION_UNKNOWN, Map.of()));
        } else if (target != null && target.compareTo(ceiling.get()) > 0) {
            failures.add(new RuleFailure(CareerRule.PROMOTION_ABOVE_EDUCATION_CEILING, RuleFailure.facts(
                    "education", candidate.education(), "ceiling", ceiling.get(), "targetRank", target,
                    "policyVersion", version)));
        }
        return failures;
    }

    /** The facts a proposal or grant keeps, so an auditor sees what the check saw. */
    public PromotionEligibility eligibility(Candidate candidate, LocalDate effectiveDate) {
        return new PromotionEligibility(candidate.rank(), candidate.rankSince(), candidate.education(),
                ceiling(candidate.education()).orElse(null),
                RegularPromotion.predicatesConsidered(candidate.annualPredicates(), effectiveDate),
                Sanction.inForceOn(candidate.sanctions(), effectiveDate).isPresent(), version);
    }
}
