package id.jejak.query.prepared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param years the years, this one and those before it, whose answers for every unit are prepared ahead of readers
 *              ({@link UnitYearPreparer}); 0 prepares none
 * @param every how long after one preparation the next starts
 */
@ConfigurationProperties("jejak.prepared")
public record PreparedProperties(@DefaultValue("6") int years, @DefaultValue("30s") Duration every) {

    public PreparedProperties {
        if (years < 0 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("jejak.prepared.years must not be negative and jejak.prepared.every"
                    + " must be positive, got " + years + " and " + every);
        }
    }
}
