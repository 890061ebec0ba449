package id.jejak.kernel.workunit;

import id.jejak.kernel.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Locale;
import java.util.Map;

/**
 * Record the result of a unit's citizen satisfaction survey (SKM) for one period of a year: the whole year
 * ({@code 2025}), a semester ({@code 2025-S1}, {@code 2025-S2}) or a quarter ({@code 2025-Q1} … {@code 2025-Q4}).
 */
public record RecordCitizenSatisfaction(
        @TargetAggregateIdentifier UnitCode unit,
        int year,
        String period,
        SatisfactionIndex index,
        SatisfactionGrade grade,
        int respondents) {

    public RecordCitizenSatisfaction {
        period = period == null ? "" : period.trim().toUpperCase(Locale.ROOT);
        if (!period.matches("\\d{4}(-S[12]|-Q[1-4])?")) {
            throw new InvalidValueException("SATISFACTION_PERIOD_INVALID",
                    "a survey period is a year (2025), a semester (2025-S1) or a quarter (2025-Q3)",
                    Map.of("period", period));
        }
        if (Integer.parseInt(period.substring(0, 4)) != year) {
            throw new InvalidValueException("SATISFACTION_PERIOD_NOT_IN_YEAR",
                    "the survey period must lie in the survey's year", Map.of("period", period, "year", year));
        }
        if (respondents < 1) {
            throw new InvalidValueException("SATISFACTION_RESPONDENTS_NOT_POSITIVE",
                    "a survey has at least one respondent", Map.of("respondents", respondents));
        }
    }
}
