package id.jejak.command.promotion;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The regular-promotion policy in force: its defaults, or what {@code jejak.policies.promotion} configures when
 * the rules change (a new BKN regulation of promotion dates, verified ceilings). Whatever is configured must come
 * with a new {@code version}, which every proposal and grant records.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PromotionPolicyConfiguration.Properties.class)
class PromotionPolicyConfiguration {

    /**
     * @param version        the name of this policy, recorded with each decision
     * @param promotionDates the promotion dates (TMT) of a year, as {@code MM-dd}
     * @param ceilings       the highest rank by education, e.g. {@code BACHELOR: III_D}
     */
    @ConfigurationProperties("jejak.policies.promotion")
    record Properties(String version, List<String> promotionDates, Map<Education, Rank> ceilings) {
    }

    @Bean
    RegularPromotionPolicy regularPromotionPolicy(Properties properties) {
        if (properties.version() == null) {
            return RegularPromotionPolicy.defaults();
        }
        return new RegularPromotionPolicy(properties.version(),
                properties.promotionDates().stream().map(date -> MonthDay.parse("--" + date))
                        .collect(Collectors.toSet()),
                new EnumMap<>(properties.ceilings()));
    }
}
