package id.jejak.command.workunit;

import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SatisfactionGradePolicyTest {

    @Test
    void permenPanRb14Of2017IsInForceUnlessAnotherPolicyIsConfigured() {
        assertThat(new WorkUnitConfiguration().satisfactionGradePolicy(new MockEnvironment()))
                .isEqualTo(SatisfactionGradePolicy.PERMENPANRB_14_2017);
    }

    @Test
    void aConfiguredPolicyReplacesItUnderItsOwnVersion() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("jejak.satisfaction-grade-policy.version", "LOCAL-2026")
                .withProperty("jejak.satisfaction-grade-policy.lowest-index.A", "90.00")
                .withProperty("jejak.satisfaction-grade-policy.lowest-index.B", "80.00")
                .withProperty("jejak.satisfaction-grade-policy.lowest-index.C", "70.00")
                .withProperty("jejak.satisfaction-grade-policy.lowest-index.D", "30.00");

        SatisfactionGradePolicy policy = new WorkUnitConfiguration().satisfactionGradePolicy(environment);

        assertThat(policy.version()).isEqualTo("LOCAL-2026");
        assertThat(policy.gradeOf(SatisfactionIndex.of(new BigDecimal("88.31")))).contains(SatisfactionGrade.B);
        assertThat(policy.gradeOf(SatisfactionIndex.of(new BigDecimal("29.99")))).isEmpty();
    }

    @Test
    void aPolicyConfiguredOnlyInPartStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("jejak.satisfaction-grade-policy.version", "LOCAL-2026")
                .withProperty("jejak.satisfaction-grade-policy.lowest-index.A", "90.00");

        assertThatThrownBy(() -> new WorkUnitConfiguration().satisfactionGradePolicy(environment))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachGradeMustStartBelowTheGradeAboveIt() {
        assertThatThrownBy(() -> new SatisfactionGradePolicy("BROKEN", Map.of(
                SatisfactionGrade.A, new BigDecimal("80.00"), SatisfactionGrade.B, new BigDecimal("80.00"),
                SatisfactionGrade.C, new BigDecimal("65.00"), SatisfactionGrade.D, new BigDecimal("25.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
