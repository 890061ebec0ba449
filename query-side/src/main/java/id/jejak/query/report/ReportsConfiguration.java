package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.RegularPromotionDefaults;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * The promotion policy the eligibility report applies: the command side's defaults, or what
 * {@code jejak.policies.promotion} configures — the same keys the command side reads, so that one setting (one
 * {@code ./run.sh} argument reaches both sides) keeps the report and the decisions in step.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsConfiguration.PromotionPolicyProperties.class)
class ReportsConfiguration {

    /**
     * @param version        the name of the policy; without it the defaults apply
     * @param promotionDates the promotion dates (TMT) of a year, as {@code MM-dd}
     * @param ceilings       the highest rank by education, e.g. {@code BACHELOR: III_D}
     */
    @ConfigurationProperties("jejak.policies.promotion")
    record PromotionPolicyProperties(String version, List<String> promotionDates, Map<Education, Rank> ceilings) {
    }

    @Bean
    PromotionPolicy reportPromotionPolicy(PromotionPolicyProperties properties) {
        if (properties.version() == null) {
            return PromotionPolicy.defaults();
        }
        return new PromotionPolicy(properties.version(),
                properties.promotionDates() == null ? RegularPromotionDefaults.PROMOTION_DATES
                        : properties.promotionDates().stream().map(date -> MonthDay.parse("--" + date.trim())).toList(),
                properties.ceilings() == null ? RegularPromotionDefaults.ceilings() : properties.ceilings());
    }
}
