package id.jejak.query.report;

import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.career.promotion.PromotionSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The promotion policy the eligibility report applies: the one the command side decides by, read from the same
 * {@code jejak.policies.promotion} the same way ({@link PromotionSettings}), so that one setting (one {@code ./run.sh}
 * argument reaches both sides) keeps the report and the decisions in step.
 */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    @Bean
    PromotionPolicy reportPromotionPolicy(Environment environment) {
        return Binder.get(environment).bind(PromotionSettings.PREFIX, PromotionSettings.class)
                .map(PromotionSettings::policy).orElseGet(PromotionPolicy::defaults);
    }
}
