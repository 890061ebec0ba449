package id.jejak.kernel.workunit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.jejak.kernel.InvalidValueException;

import java.math.BigDecimal;
import java.util.Map;

/**
 * IKM (Indeks Kepuasan Masyarakat): a citizen satisfaction survey's result on the converted 0–100 scale, with the two
 * decimals the grade intervals are written in. Always held with two decimals, so 88.3 and 88.30 are the same index.
 */
public record SatisfactionIndex(BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SatisfactionIndex {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("SATISFACTION_INDEX_OUT_OF_RANGE",
                    "a satisfaction index is 0.00 to 100.00, with at most two decimals",
                    Map.of("index", value == null ? "" : value.toPlainString()));
        }
        value = value.setScale(2);
    }

    @JsonCreator
    public static SatisfactionIndex of(BigDecimal value) {
        return new SatisfactionIndex(value);
    }

    @JsonValue
    @Override
    public BigDecimal value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
