package id.jejak.kernel.promotion;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;

import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The regular-promotion policy both sides apply unless {@code jejak.policies.promotion} says otherwise: Peraturan BKN
 * 4/2023's six promotion dates a year, and the highest rank by education as PP 99/2000 Pasal 18 is recalled
 * (DOMAIN.md: not yet verified). One table, so that HR's eligibility report and the rule at proposal never part.
 */
public final class RegularPromotionDefaults {

    public static final String VERSION = "PerBKN-4-2023/PP-99-2000";

    public static final List<MonthDay> PROMOTION_DATES = List.of(MonthDay.of(2, 1), MonthDay.of(4, 1),
            MonthDay.of(6, 1), MonthDay.of(8, 1), MonthDay.of(10, 1), MonthDay.of(12, 1));

    private RegularPromotionDefaults() {
    }

    /** A fresh map each time: callers keep or change their own copy. */
    public static Map<Education, Rank> ceilings() {
        Map<Education, Rank> ceilings = new EnumMap<>(Education.class);
        ceilings.put(Education.ELEMENTARY, Rank.II_A);
        ceilings.put(Education.JUNIOR_HIGH, Rank.II_B);
        ceilings.put(Education.SENIOR_HIGH, Rank.III_B);
        ceilings.put(Education.DIPLOMA_1, Rank.III_B);
        ceilings.put(Education.DIPLOMA_2, Rank.III_C);
        ceilings.put(Education.DIPLOMA_3, Rank.III_C);
        ceilings.put(Education.BACHELOR, Rank.III_D);
        ceilings.put(Education.MASTER, Rank.IV_A);
        ceilings.put(Education.DOCTORATE, Rank.IV_B);
        return ceilings;
    }
}
