package id.jejak.platform.policy;

import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class CareerPolicyAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CareerPolicyAutoConfiguration.class));

    @Test
    void withoutConfigurationTheDefaultsApply() {
        context.run(started -> assertThat(started.getBean(PromotionPolicy.class).version())
                .isEqualTo(PromotionPolicy.defaults().version()));
    }

    @Test
    void aVersionWithoutDatesKeepsTheDefaultDatesInsteadOfFailingToStart() {
        context.withPropertyValues("jejak.policies.promotion.version=PerBKN-2027")
                .run(started -> {
                    PromotionPolicy policy = started.getBean(PromotionPolicy.class);
                    assertThat(policy.version()).isEqualTo("PerBKN-2027");
                    assertThat(policy.promotionDates()).isEqualTo(PromotionPolicy.defaults().promotionDates());
                });
    }

    @Test
    void configuredDatesAndCeilingsAreReadTrimmed() {
        context.withPropertyValues("jejak.policies.promotion.version=v2",
                        "jejak.policies.promotion.promotion-dates= 04-01 , 10-01",
                        "jejak.policies.promotion.ceilings.BACHELOR=III_C")
                .run(started -> {
                    PromotionPolicy policy = started.getBean(PromotionPolicy.class);
                    assertThat(policy.promotionDates()).containsExactly("04-01", "10-01");
                    assertThat(policy.ceiling(Education.BACHELOR)).contains(Rank.III_C);
                });
    }
}
