package id.jejak.kernel.development;

import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.workunit.UnitCode;

import java.util.Map;

/**
 * A unit's annual development plan (rencana pengembangan kompetensi) is one record per unit and year; its id in
 * the event store is {@code DINKES:2026}, which no NIP, unit code or UUID can be.
 */
public record DevelopmentPlanId(UnitCode unit, int year) {

    public DevelopmentPlanId {
        if (unit == null) {
            throw new InvalidValueException("UNIT_CODE_INVALID", "a plan names its unit", Map.of("unit", ""));
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("PLAN_YEAR_INVALID", "a plan's year lies between 2000 and 2100",
                    Map.of("year", year));
        }
    }

    @Override
    public String toString() {
        return unit.value() + ":" + year;
    }
}
