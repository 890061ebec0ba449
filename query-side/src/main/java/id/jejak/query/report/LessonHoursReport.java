package id.jejak.query.report;

import java.util.List;

/**
 * Lesson hours (JP) of a year against the obligation, for everyone in service at the year's end. A unit's
 * {@code earnedLessonHours} are those earned while in it (the unit on the completion date); each person is counted,
 * with all they earned that year, in the unit they were in at its end. The units' totals count everyone; the persons
 * are one page of {@code totalPersons}, by unit, name and NIP.
 */
record LessonHoursReport(int year, String unit, int requiredLessonHours, List<UnitTotal> units, int page, int size,
                         int totalPersons, List<PersonRow> persons) {

    /** Every person on one page. */
    static LessonHoursReport whole(int year, String unit, int requiredLessonHours, List<UnitTotal> units,
                                   List<PersonRow> persons) {
        return new LessonHoursReport(year, unit, requiredLessonHours, units, 0, persons.size(), persons.size(),
                persons);
    }

    /** The same totals, with page {@code page} (from 0) of {@code size} persons. */
    LessonHoursReport page(int page, int size) {
        int from = (int) Math.min((long) page * size, persons.size());
        return new LessonHoursReport(year, unit, requiredLessonHours, units, page, size, totalPersons,
                persons.subList(from, Math.min(persons.size(), from + size)));
    }

    /** @param shortfall the JP still owed by the unit's persons below the obligation, together */
    record UnitTotal(String unit, int earnedLessonHours, int persons, int personsBelowRequired, int shortfall) {
    }

    record PersonRow(String nip, String fullName, String employmentType, String unit, int earned, int required,
                     int shortfall) {
    }
}
