package id.jejak.career.promotion;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.RegularPromotionDefaults;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * The promotion policy as configured ({@code jejak.policies.promotion}), one class both sides bind, so that one
 * setting keeps the decisions and the report in step. Without a {@code version} the defaults apply; with one, what is
 * not configured keeps its default, and the dates are read trimmed.
 *
 * @param version        the name of the policy, recorded with each decision
 * @param promotionDates the promotion dates (TMT) of a year, as {@code MM-dd}
 * @param ceilings       the highest rank by education, e.g. {@code BACHELOR: III_D}
 */
public record PromotionSettings(String version, List<String> promotionDates, Map<Education, Rank> ceilings) {

    /** The configuration's key prefix. */
    public static final String PREFIX = "jejak.policies.promotion";

    public PromotionPolicy policy() {
        if (version == null || version.isBlank()) {
            return PromotionPolicy.defaults();
        }
        return new PromotionPolicy(version.trim(),
                promotionDates == null || promotionDates.isEmpty() ? RegularPromotionDefaults.PROMOTION_DATES
                        : promotionDates.stream().map(date -> MonthDay.parse("--" + date.trim())).toList(),
                ceilings == null || ceilings.isEmpty() ? RegularPromotionDefaults.ceilings() : ceilings);
    }
}
