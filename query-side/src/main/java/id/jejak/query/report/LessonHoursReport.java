package id.jejak.query.report;

import java.util.List;

/**
 * Lesson hours (JP) of a year against the obligation, for everyone in service at the year's end. A unit's
 * {@code earnedLessonHours} are those earned while in it (the unit on the completion date); each person is counted,
 * with all they earned that year, in the unit they were in at its end.
 */
record LessonHoursReport(int year, String unit, int requiredLessonHours, List<UnitTotal> units,
                         List<PersonRow> persons) {

    /** @param shortfall the JP still owed by the unit's persons below the obligation, together */
    record UnitTotal(String unit, int earnedLessonHours, int persons, int personsBelowRequired, int shortfall) {
    }

    record PersonRow(String nip, String fullName, String employmentType, String unit, int earned, int required,
                     int shortfall) {
    }
}
