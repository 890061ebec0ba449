package id.jejak.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Whether a programme's participants did better afterwards than their colleagues who did not take part: the share
 * with an annual predicate of Baik or better in the year before the programme started and in the year after it
 * ended, for the participants (enrolled and attended to the end, the completion not revoked) and for the others in
 * service in the participants' units when it started (never enrolled). Changes are in percentage points.
 */
record ProgrammeEffectivenessReport(UUID programmeId, Integer year, List<Programme> programmes) {

    /**
     * @param units                        the participants' units on the start date
     * @param enrolled                     everyone enrolled, whether they attended or not
     * @param meetings                     a mentoring programme's pairs and sessions, a study group's meetings
     * @param changeAgainstNonParticipants the participants' change less the non-participants'
     */
    record Programme(UUID programmeId, String title, String kind, LocalDate startDate, LocalDate endDate,
                     List<String> units, int enrolled, Meetings meetings, Group participants, Group nonParticipants,
                     BigDecimal changeAgainstNonParticipants) {
    }

    /**
     * How a non-klasikal programme was held; all zero for another kind.
     *
     * @param lessonHours the JP of its sessions and meetings, as each gave them to whoever attended
     */
    record Meetings(int mentoringPairs, int mentoringSessions, int studyGroupMeetings, int lessonHours) {
    }

    record Group(int persons, YearShare before, YearShare after, BigDecimal change) {
    }

    /** @param share the percentage of those evaluated that year who were Baik or better; absent if nobody was */
    record YearShare(int year, int evaluated, int baikOrBetter, BigDecimal share) {
    }
}
