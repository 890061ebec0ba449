package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.programme.MentoringPairFormed;
import id.jejak.kernel.programme.MentoringSessionHeld;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.programme.StudyGroupMeetingAttended;
import id.jejak.kernel.programme.StudyGroupMeetingHeld;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.report.ReportEvents.pns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A study group's members and a mentee earn their lesson hours in meetings and sessions, which their career history
 * shows one by one and the programme's report counts; the hours count towards the 20-JP obligation once, through the
 * completion that records them.
 */
@QuerySideTest
@SuppressWarnings("unchecked")
class MeetingLessonHoursTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final LocalDate END = LocalDate.of(2025, 5, 30);

    @Autowired
    EventStore eventStore;
    TestRestTemplate http;

    /** An auditor reads every report and history. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("auditor", "demo");
    }

    @Test
    void aStudyGroupMemberEarnsTheLessonHoursOfTheMeetingsAttendedOnceTheCompletionRecordsThem() {
        Nip member = Nip.of("198705122010012101");
        Nip absent = Nip.of("198705122010012102");
        var events = new ReportEvents(eventStore);
        events.person(pns(member, "Rudi Hartono", "RPT-SG-A", Rank.III_B, LocalDate.of(2015, 1, 2),
                Education.BACHELOR));
        events.person(pns(absent, "Sari Dewi", "RPT-SG-A", Rank.III_B, LocalDate.of(2015, 1, 2), null));
        UUID group = UUID.randomUUID();
        events.programme(group, new ProgrammeCreated(group, "Komunitas Belajar Analis Kebijakan",
                TrainingKind.STUDY_GROUP, "BPSDM Provinsi Sumatera Utara", "ID", 10, START, END, LessonHours.of(24)));
        events.programme(group, new ParticipantEnrolled(group, member, START));
        events.programme(group, new ParticipantEnrolled(group, absent, START));
        meeting(events, group, LocalDate.of(2025, 3, 10), 12, member, absent);
        meeting(events, group, LocalDate.of(2025, 4, 14), 9, member);
        events.programme(group, new ProgrammeParticipationCompleted(group, member, true, LessonHours.of(21), END,
                null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(persons(lessonHours("RPT-SG-A")))
                .filteredOn(row -> member.value().equals(row.get("nip")))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("earned", 21)
                        .containsEntry("shortfall", 0)));
        // the member who attended one meeting and has no completion yet has earned nothing that counts
        assertThat(persons(lessonHours("RPT-SG-A"))).filteredOn(row -> absent.value().equals(row.get("nip")))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("earned", 0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(history(member))
                .extracting(row -> row.get("type")).containsExactly("ParticipantEnrolled",
                        "StudyGroupMeetingAttended", "StudyGroupMeetingAttended", "ProgrammeParticipationCompleted"));
        assertThat(history(member)).filteredOn(row -> "StudyGroupMeetingAttended".equals(row.get("type")))
                .extracting(row -> ((Map<String, Object>) row.get("data")).get("lessonHours"))
                .containsExactly(12, 9);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(programme(group)).containsEntry(
                "meetings", Map.of("mentoringPairs", 0, "mentoringSessions", 0, "studyGroupMeetings", 2,
                        "lessonHours", 21)));
    }

    @Test
    void aMenteesHistoryShowsTheirMentorAndSessionsAndTheirCompletionCountsTheSessionsLessonHours() {
        Nip mentee = Nip.of("199102032019032103");
        Nip mentor = Nip.of("197403052000031104");
        var events = new ReportEvents(eventStore);
        events.person(pns(mentee, "Tina Marpaung", "RPT-MT-A", Rank.III_A, LocalDate.of(2019, 3, 1), null));
        UUID mentoring = UUID.randomUUID();
        events.programme(mentoring, new ProgrammeCreated(mentoring, "Mentoring Jabatan Fungsional",
                TrainingKind.MENTORING, "BKPSDM", "ID", 10, START, END, LessonHours.of(30)));
        events.programme(mentoring, new ParticipantEnrolled(mentoring, mentee, START));
        events.programme(mentoring, new MentoringPairFormed(mentoring, mentee, mentor, START));
        events.programme(mentoring, new MentoringSessionHeld(mentoring, mentee, mentor, LocalDate.of(2025, 3, 17),
                LessonHours.of(8), "Rencana aktualisasi"));
        events.programme(mentoring, new MentoringSessionHeld(mentoring, mentee, mentor, LocalDate.of(2025, 4, 21),
                LessonHours.of(14), "Evaluasi aktualisasi"));
        events.programme(mentoring, new ProgrammeParticipationCompleted(mentoring, mentee, true, LessonHours.of(22),
                END, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(persons(lessonHours("RPT-MT-A")))
                .filteredOn(row -> mentee.value().equals(row.get("nip")))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("earned", 22)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(history(mentee))
                .filteredOn(row -> "TRAINING".equals(row.get("kind"))).extracting(row -> row.get("type"))
                .containsExactly("ParticipantEnrolled", "MentoringPairFormed", "MentoringSessionHeld",
                        "MentoringSessionHeld", "ProgrammeParticipationCompleted"));
        assertThat(history(mentee)).filteredOn(row -> "MentoringPairFormed".equals(row.get("type")))
                .singleElement().satisfies(row -> assertThat((Map<String, Object>) row.get("data"))
                        .containsEntry("mentor", mentor.value()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(programme(mentoring))
                .containsEntry("meetings", Map.of("mentoringPairs", 1, "mentoringSessions", 2,
                        "studyGroupMeetings", 0, "lessonHours", 22)));
    }

    private static void meeting(ReportEvents events, UUID group, LocalDate heldOn, int lessonHours, Nip... present) {
        UUID meeting = UUID.randomUUID();
        events.programme(group, new StudyGroupMeetingHeld(group, meeting, heldOn, LessonHours.of(lessonHours),
                "Bedah kasus", present.length));
        for (Nip member : present) {
            events.programme(group, new StudyGroupMeetingAttended(group, meeting, member, heldOn,
                    LessonHours.of(lessonHours)));
        }
    }

    private Map<String, Object> lessonHours(String unit) {
        return http.getForObject("/api/v1/reports/lesson-hours?year=2025&unit=" + unit, Map.class);
    }

    /** The programme as its effectiveness report, the query side's read of a programme, shows it. */
    private Map<String, Object> programme(UUID programmeId) {
        Map<String, Object> report = http.getForObject("/api/v1/reports/programme-effectiveness?programmeId={id}",
                Map.class, programmeId);
        return ((List<Map<String, Object>>) report.get("programmes")).get(0);
    }

    private static List<Map<String, Object>> persons(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("persons");
    }

    private List<Map<String, Object>> history(Nip nip) {
        Map<String, Object> history = http.getForObject("/api/v1/civil-servants/{nip}/history?kind=TRAINING",
                Map.class, nip.value());
        return history.get("events") == null ? List.of() : (List<Map<String, Object>>) history.get("events");
    }
}
