package id.jejak.command.development;

import java.math.BigDecimal;

/**
 * The policy a need from citizen satisfaction is judged by: a survey's index below {@code satisfactionThreshold}
 * calls for the unit's development. By default the lowest index of grade B (PermenPANRB 14/2017), so a unit whose
 * service is graded C or D has a need; {@code jejak.development.need-policy.satisfaction-threshold} sets another.
 */
public record NeedPolicy(BigDecimal satisfactionThreshold) {

    public static final NeedPolicy DEFAULT = new NeedPolicy(new BigDecimal("76.61"));
}
