package id.jejak.kernel.workunit;

import java.time.LocalDate;

/** A unit's organisation performance predicate for a year was recorded, with the decree that set it. */
public record OrganisationPerformanceRecorded(
        UnitCode unit,
        int year,
        OrganisationPredicate predicate,
        String decreeNumber,
        LocalDate decreeDate) {
}
