package id.jejak.kernel.workunit;

import id.jejak.kernel.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordCitizenSatisfactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-S1", "2025-S2", "2025-Q1", "2025-Q4", " 2025-q3 "})
    void aYearASemesterOrAQuarterIsAPeriod(String period) {
        assertThat(record(2025, period, 1).period()).isEqualTo(period.trim().toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "2025-S3", "2025-Q0", "2025-Q5", "2025-03", "2025-H1", "2025S1", "2025-S1-Q1"})
    void anythingElseIsNotAPeriod(String period) {
        assertRefused(() -> record(2025, period, 1), "SATISFACTION_PERIOD_INVALID");
    }

    @ParameterizedTest
    @CsvSource({"2024, 2025", "2025, 2024-Q4", "202, 2025"})
    void aPeriodOfAnotherYearIsRefused(int year, String period) {
        assertRefused(() -> record(year, period, 1), "SATISFACTION_PERIOD_NOT_IN_YEAR");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void aSurveyWithoutRespondentsIsRefused(int respondents) {
        assertRefused(() -> record(2025, "2025", respondents), "SATISFACTION_RESPONDENTS_NOT_POSITIVE");
    }

    private static RecordCitizenSatisfaction record(int year, String period, int respondents) {
        return new RecordCitizenSatisfaction(UnitCode.of("DINKES"), year, period,
                SatisfactionIndex.of(new BigDecimal("80.00")), SatisfactionGrade.B, respondents);
    }

    private static void assertRefused(Runnable creation, String code) {
        assertThatThrownBy(creation::run)
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo(code);
    }
}
