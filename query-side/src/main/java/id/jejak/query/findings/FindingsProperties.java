package id.jejak.query.findings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * Tolerances of the findings checker. They are policy of the inspectorate, not law, so they are configuration; all
 * apply when findings are asked for, so a change applies to the whole history at once.
 *
 * @param coachingWithinDays          days after an annual predicate below Baik was recorded within which a coaching
 *                                    plan for it must be recorded
 * @param backdatingDays              days a decision may be recorded after its effective date (TMT) without a finding
 * @param planApprovedBy              the day of year Y ({@code MM-dd}) by which a unit's development plan for Y must
 *                                    have been approved
 * @param plansRequiredFrom           the first year whose plans are required; when not set, the first year any
 *                                    unit's plan was recorded for: years before Jejak held plans are not judged
 * @param needAnsweredWithin          how long a development need may stay open (proposed or endorsed, not met by a
 *                                    development) after it was identified
 * @param developmentActionWithinDays days after an annual predicate below Baik was recorded within which the person
 *                                    must have a development action: a need, a plan item, a training or programme
 * @param keptFindings                how many findings the units' answers kept in memory hold together at most
 *                                    ({@link UnitYearAnswers}); about half a kilobyte each
 */
@ConfigurationProperties("jejak.findings")
public record FindingsProperties(@DefaultValue("60") int coachingWithinDays, @DefaultValue("30") int backdatingDays,
                                 @DefaultValue("01-31") String planApprovedBy, Integer plansRequiredFrom,
                                 @DefaultValue("1y") Period needAnsweredWithin,
                                 @DefaultValue("180") int developmentActionWithinDays,
                                 @DefaultValue("250000") int keptFindings) {

    public FindingsProperties {
        if (coachingWithinDays < 0 || backdatingDays < 0 || developmentActionWithinDays < 0) {
            throw new IllegalArgumentException("jejak.findings.coaching-within-days, .backdating-days and "
                    + ".development-action-within-days must not be negative, got " + coachingWithinDays + ", "
                    + backdatingDays + " and " + developmentActionWithinDays);
        }
        if (keptFindings < 0) {
            throw new IllegalArgumentException("jejak.findings.kept-findings must not be negative, got "
                    + keptFindings);
        }
        if (needAnsweredWithin.isNegative()) {
            throw new IllegalArgumentException("jejak.findings.need-answered-within must not be negative, got "
                    + needAnsweredWithin);
        }
        planApprovalDay(planApprovedBy);
    }

    /** The day by which the plan of {@code year} must have been approved; 29 February is 28 in other years. */
    LocalDate planDeadline(int year) {
        return planApprovalDay(planApprovedBy).atYear(year);
    }

    private static MonthDay planApprovalDay(String monthDay) {
        try {
            return MonthDay.parse("--" + monthDay);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("jejak.findings.plan-approved-by is a day of the year as MM-dd, got "
                    + monthDay, e);
        }
    }
}
