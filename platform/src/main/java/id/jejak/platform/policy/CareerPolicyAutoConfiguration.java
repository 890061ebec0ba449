package id.jejak.platform.policy;

import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.career.promotion.PromotionSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The regular-promotion policy in force, for both sides from one binding: its defaults, or what
 * {@code jejak.policies.promotion} configures when the rules change (a new BKN regulation of promotion dates,
 * verified ceilings), read by {@link PromotionSettings}. The command side decides by it and records its version with
 * every proposal and grant; the eligibility report lists by it, so one setting keeps the two in step.
 */
@AutoConfiguration
public class CareerPolicyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PromotionPolicy promotionPolicy(Environment environment) {
        return Binder.get(environment).bind(PromotionSettings.PREFIX, PromotionSettings.class)
                .map(PromotionSettings::policy).orElseGet(PromotionPolicy::defaults);
    }
}
