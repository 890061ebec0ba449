package id.jejak.command.promotion;

import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.career.promotion.PromotionSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The regular-promotion policy in force: its defaults, or what {@code jejak.policies.promotion} configures when the
 * rules change (a new BKN regulation of promotion dates, verified ceilings), read as the query side reads it
 * ({@link PromotionSettings}). Whatever is configured comes with a new {@code version}, which every proposal and
 * grant records.
 */
@Configuration(proxyBeanMethods = false)
class PromotionPolicyConfiguration {

    @Bean
    PromotionPolicy promotionPolicy(Environment environment) {
        return Binder.get(environment).bind(PromotionSettings.PREFIX, PromotionSettings.class)
                .map(PromotionSettings::policy).orElseGet(PromotionPolicy::defaults);
    }
}
