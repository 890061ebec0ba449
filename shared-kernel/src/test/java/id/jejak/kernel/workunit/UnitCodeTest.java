package id.jejak.kernel.workunit;

import id.jejak.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitCodeTest {

    @Test
    void aUnitCodeIsUpperCasedAndTrimmed() {
        assertThat(UnitCode.of(" dinkes ").value()).isEqualTo("DINKES");
        assertThat(UnitCode.of("Setda.Bag-Umum")).isEqualTo(UnitCode.of("SETDA.BAG-UMUM"));
    }

    @Test
    void twoAndFortyCharactersAreTheShortestAndLongestCodes() {
        assertThat(UnitCode.of("DK").value()).hasSize(2);
        assertThat(UnitCode.of("D" + "1".repeat(39)).value()).hasSize(40);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "D", "D" + "1234567890123456789012345678901234567890", "DIN KES", "DINKES/01",
            "DINAS_KESEHATAN", "1DINKES", "198609262015051001", "-DINKES", "ÄMT"})
    void anythingElseIsRefused(String code) {
        assertThatThrownBy(() -> UnitCode.of(code))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("UNIT_CODE_INVALID");
    }
}
