package id.jejak.query.findings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tolerances of the findings checker. They are policy of the inspectorate, not law, so they are configuration; both
 * apply when findings are asked for, so a change applies to the whole history at once.
 *
 * @param coachingWithinDays days after an annual predicate below Baik was recorded within which a coaching plan for
 *                           it must be recorded
 * @param backdatingDays     days a decision may be recorded after its effective date (TMT) without a finding
 */
@ConfigurationProperties("jejak.findings")
public record FindingsProperties(@DefaultValue("60") int coachingWithinDays, @DefaultValue("30") int backdatingDays) {

    public FindingsProperties {
        if (coachingWithinDays < 0 || backdatingDays < 0) {
            throw new IllegalArgumentException("jejak.findings.coaching-within-days and .backdating-days must not be "
                    + "negative, got " + coachingWithinDays + " and " + backdatingDays);
        }
    }
}
