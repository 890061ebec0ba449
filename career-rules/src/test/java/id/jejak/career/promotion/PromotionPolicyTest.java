package id.jejak.career.promotion;

import id.jejak.career.RuleFailure;
import id.jejak.career.discipline.Sanction;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionPolicyTest {

    private static final LocalDate TMT = LocalDate.of(2026, 4, 1);
    private static final PromotionPolicy POLICY = PromotionPolicy.defaults();

    @Test
    void anEligiblePnsFailsNoRule() {
        assertThat(POLICY.check(candidate(LocalDate.of(2022, 4, 1), Map.of(2024, Predicate.BAIK, 2025,
                Predicate.SANGAT_BAIK), List.of()), Rank.III_B, TMT)).isEmpty();
    }

    @Test
    void fourYearsInRankToTheDayIsEnoughAndADayLessIsNot() {
        assertThat(RegularPromotion.minimumYearsInRank(LocalDate.of(2022, 4, 1), TMT)).isEmpty();
        assertThat(RegularPromotion.minimumYearsInRank(LocalDate.of(2022, 4, 2), TMT))
                .map(RuleFailure::code).contains("PROMOTION_MIN_YEARS_IN_RANK");
    }

    @Test
    void eachOfTheTwoYearsBeforeNeedsBaikOrBetter() {
        assertThat(RegularPromotion.predicatesAtLeastBaik(Map.of(2024, Predicate.BAIK, 2025, Predicate.BAIK), TMT))
                .isEmpty();
        assertThat(RegularPromotion.predicatesAtLeastBaik(Map.of(2024, Predicate.BAIK, 2025,
                Predicate.BUTUH_PERBAIKAN), TMT)).map(RuleFailure::code).contains("PROMOTION_PREDICATES_BELOW_BAIK");
        assertThat(RegularPromotion.predicatesAtLeastBaik(Map.of(2025, Predicate.SANGAT_BAIK), TMT))
                .map(failure -> failure.facts().get("annualPredicates")).contains(Map.of(2024, "-", 2025,
                        "SANGAT_BAIK"));
    }

    @Test
    void aSanctionBlocksFromItsFirstDayUntilTheDayBeforeItEnds() {
        Sanction cut = new Sanction(UUID.randomUUID(), SanctionType.ALLOWANCE_CUT, LocalDate.of(2025, 10, 1), TMT);
        Sanction later = new Sanction(UUID.randomUUID(), SanctionType.ALLOWANCE_CUT, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 10, 1));
        Sanction undated = Sanction.imposed(UUID.randomUUID(), SanctionType.DEMOTION, LocalDate.of(2025, 1, 1), 12,
                null);

        assertThat(undated.endsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Sanction.inForceOn(List.of(cut, undated), TMT)).isEmpty();
        assertThat(Sanction.inForceOn(List.of(cut, undated), TMT.minusDays(1))).contains(cut);
        assertThat(Sanction.inForceOn(List.of(cut, later), TMT)).contains(later);
        assertThat(POLICY.check(candidate(LocalDate.of(2022, 4, 1), Map.of(2024, Predicate.BAIK, 2025,
                Predicate.BAIK), List.of(later)), Rank.III_B, TMT)).extracting(RuleFailure::code)
                .containsExactly("PROMOTION_SANCTION_IN_FORCE");
    }

    @Test
    void onlyTheNextRankAndNoneAboveTheTop() {
        assertThat(RegularPromotion.nextRankOnly(Rank.III_A, Rank.III_B)).isEmpty();
        assertThat(RegularPromotion.nextRankOnly(Rank.III_A, Rank.III_C)).map(RuleFailure::code)
                .contains("PROMOTION_NOT_NEXT_RANK");
        assertThat(RegularPromotion.nextRankOnly(Rank.IV_E, Rank.IV_E)).map(RuleFailure::code)
                .contains("PROMOTION_NO_HIGHER_RANK");
    }

    @Test
    void theEducationCeilingAndThePromotionDatesArePolicy() {
        var candidate = candidate(LocalDate.of(2022, 4, 1), Map.of(2024, Predicate.BAIK, 2025, Predicate.BAIK),
                List.of());
        var strict = new PromotionPolicy("strict", List.of(MonthDay.of(10, 1)), Map.of(Education.BACHELOR,
                Rank.III_A));

        assertThat(strict.check(candidate, Rank.III_B, TMT)).extracting(RuleFailure::code)
                .containsExactly("PROMOTION_DATE_NOT_ALLOWED", "PROMOTION_ABOVE_EDUCATION_CEILING");
        assertThat(strict.nextDateAfter(TMT)).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theNextPromotionDateIsStrictlyAfterTheDayAndRollsIntoTheNextYear() {
        assertThat(POLICY.nextDateAfter(LocalDate.of(2026, 3, 15))).isEqualTo(TMT);
        assertThat(POLICY.nextDateAfter(TMT)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(POLICY.nextDateAfter(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void onlyAPnsIsPromotedRegularly() {
        var cpns = new PromotionPolicy.Candidate(EmploymentType.CPNS, Rank.III_A, LocalDate.of(2022, 4, 1),
                Education.BACHELOR, Map.of(), List.of());

        assertThat(POLICY.check(cpns, Rank.III_B, TMT)).extracting(RuleFailure::code)
                .containsExactly("PROMOTION_ONLY_FOR_PNS");
    }

    @Test
    void aConfiguredVersionWithoutDatesOrCeilingsKeepsTheDefaultsAndIsReadTrimmed() {
        PromotionPolicy configured = new PromotionSettings(" PerBKN-2027 ", null, null).policy();
        PromotionPolicy dated = new PromotionSettings("v2", List.of(" 03-01", "09-01 "), Map.of()).policy();

        assertThat(configured.version()).isEqualTo("PerBKN-2027");
        assertThat(configured.promotionDates()).isEqualTo(POLICY.promotionDates());
        assertThat(configured.ceiling(Education.BACHELOR)).contains(Rank.III_D);
        assertThat(dated.promotionDates()).containsExactly("03-01", "09-01");
        assertThat(new PromotionSettings(null, List.of("03-01"), null).policy().version())
                .isEqualTo(POLICY.version());
    }

    private static PromotionPolicy.Candidate candidate(LocalDate rankSince, Map<Integer, Predicate> predicates,
                                                       List<Sanction> sanctions) {
        return new PromotionPolicy.Candidate(EmploymentType.PNS, Rank.III_A, rankSince, Education.BACHELOR,
                predicates, sanctions);
    }
}
