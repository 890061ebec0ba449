package id.jejak.kernel.workunit;

import id.jejak.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SatisfactionIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "25.00", "88.31", "100", "100.00", "100.000"})
    void anIndexFromZeroToAHundredWithAtMostTwoDecimalsIsAllowed(String value) {
        assertThat(SatisfactionIndex.of(new BigDecimal(value)).value()).isEqualByComparingTo(value);
    }

    @Test
    void anIndexIsHeldWithTwoDecimalsSoEqualValuesAreEqualIndexes() {
        assertThat(SatisfactionIndex.of(new BigDecimal("88.3")))
                .isEqualTo(SatisfactionIndex.of(new BigDecimal("88.30")))
                .hasToString("88.30");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"-0.01", "100.01", "88.305", "1E+3"})
    void anIndexOutsideTheScaleOrFinerThanHundredthsIsRefused(BigDecimal value) {
        assertThatThrownBy(() -> SatisfactionIndex.of(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("SATISFACTION_INDEX_OUT_OF_RANGE");
    }
}
