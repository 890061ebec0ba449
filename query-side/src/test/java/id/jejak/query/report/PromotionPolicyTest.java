package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.RegularPromotionDefaults;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionPolicyTest {

    final PromotionPolicy policy = PromotionPolicy.defaults();

    @Test
    void theNextPromotionDateIsStrictlyAfterTheDayAndRollsIntoTheNextYear() {
        assertThat(policy.nextDateAfter(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(policy.nextDateAfter(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(policy.nextDateAfter(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void configuredDatesReplaceTheDefaults() {
        var quarterly = new PromotionPolicy("PP-99-2000", List.of(MonthDay.of(10, 1), MonthDay.of(4, 1)),
                RegularPromotionDefaults.ceilings());

        assertThat(quarterly.promotionDates()).containsExactly("04-01", "10-01");
        assertThat(quarterly.nextDateAfter(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarterly.isPromotionDate(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void theHighestRankHasNoNextOne() {
        var candidate = new PromotionPolicy.Candidate(Rank.IV_E, LocalDate.of(2010, 1, 1), Education.DOCTORATE,
                Map.of(2024, Predicate.BAIK, 2025, Predicate.BAIK), null);

        assertThat(policy.check(candidate, LocalDate.of(2026, 4, 1)))
                .extracting(PromotionPolicy.Failure::code).containsExactly("PROMOTION_NO_HIGHER_RANK");
    }

    @Test
    void fourYearsInRankAreMetOnTheDayTheyAreComplete() {
        var candidate = new PromotionPolicy.Candidate(Rank.III_A, LocalDate.of(2022, 4, 1), Education.BACHELOR,
                Map.of(2024, Predicate.BAIK, 2025, Predicate.SANGAT_BAIK), null);

        assertThat(policy.check(candidate, LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(policy.check(candidate, LocalDate.of(2026, 2, 1)))
                .extracting(PromotionPolicy.Failure::code).containsExactly("PROMOTION_MIN_YEARS_IN_RANK");
    }
}
