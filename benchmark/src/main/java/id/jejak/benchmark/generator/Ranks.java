package id.jejak.benchmark.generator;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * What the generator needs of the regular-promotion policy to propose only promotions that pass: the defaults of
 * the command side's {@code RegularPromotionPolicy} (promotion dates, ceilings by education, four years in rank).
 */
final class Ranks {

    static final List<MonthDay> PROMOTION_DATES = List.of(MonthDay.of(2, 1), MonthDay.of(4, 1), MonthDay.of(6, 1),
            MonthDay.of(8, 1), MonthDay.of(10, 1), MonthDay.of(12, 1));
    static final int YEARS_IN_RANK = 4;

    private Ranks() {
    }

    static Rank ceiling(Education education) {
        return switch (education) {
            case ELEMENTARY -> Rank.II_A;
            case JUNIOR_HIGH -> Rank.II_B;
            case SENIOR_HIGH, DIPLOMA_1 -> Rank.III_B;
            case DIPLOMA_2, DIPLOMA_3 -> Rank.III_C;
            case BACHELOR -> Rank.III_D;
            case MASTER -> Rank.IV_A;
            case DOCTORATE -> Rank.IV_B;
        };
    }

    /** The next rank, or null at IV/e. */
    static Rank next(Rank rank) {
        return rank.ordinal() + 1 < Rank.values().length ? Rank.values()[rank.ordinal() + 1] : null;
    }

    static List<LocalDate> promotionDates(int year) {
        return PROMOTION_DATES.stream().map(date -> date.atYear(year)).toList();
    }
}
