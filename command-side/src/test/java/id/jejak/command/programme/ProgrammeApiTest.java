package id.jejak.command.programme;

import id.jejak.command.CommandSideTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme API through HTTP: each decision that passes is one event; a refused one writes nothing. */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ProgrammeApiTest {

    private static final String PARTICIPANT = "199203142018012001";
    private static final String SECOND_PARTICIPANT = "199104052017011002";
    private static final String NEVER_REGISTERED = "198807212014031003";
    private static final String RETIRED = "199311302019022004";
    private static final String RETIRED_AFTER_ENROLLING = "199407212019031005";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    /** The participants are registered once for the whole shared context; a repeat answers 409 and changes nothing. */
    @BeforeEach
    void registerParticipants() {
        for (String nip : List.of(PARTICIPANT, SECOND_PARTICIPANT, RETIRED)) {
            assertThat(post("/api/v1/civil-servants", registration(nip)).getStatusCode())
                    .isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        }
        post("/api/v1/civil-servants/" + RETIRED + "/retirement", Map.of("effectiveDate", "2025-06-01",
                "decree", Map.of("number", "882/PENS/2025", "date", "2025-05-02")));
    }

    @Test
    void creatingEnrollingCompletingAndEvaluatingEachAnswerCreatedAndWriteOneEvent() {
        long before = storedEvents();

        ResponseEntity<Map> created = post("/api/v1/programmes", programme(10));
        String programme = "/api/v1/programmes/" + created.getBody().get("programmeId");
        ResponseEntity<Map> enrolled = post(programme + "/participants", Map.of("nip", PARTICIPANT));
        ResponseEntity<Map> completed = post(programme + "/participants/" + PARTICIPANT + "/completion",
                Map.of("attended", true, "earnedLessonHours", 30, "completedOn", "2025-01-10",
                        "certificateNumber", "SERT/2025/001"));
        ResponseEntity<Map> evaluated = post(programme + "/participants/" + PARTICIPANT + "/evaluation",
                Map.of("rating", 5, "comments", "Sangat bermanfaat"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // the query side serves a programme in its effectiveness report; it has no other read of one
        assertThat(created.getHeaders().getLocation()).hasToString("http://localhost:8082"
                + "/api/v1/reports/programme-effectiveness?programmeId=" + created.getBody().get("programmeId"));
        assertThat(enrolled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(enrolled.getBody()).containsEntry("nip", PARTICIPANT);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(evaluated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedEvents()).isEqualTo(before + 4);
    }

    @Test
    void enrolmentInAFullProgrammeIsUnprocessableAndWritesNothing() {
        String programme = "/api/v1/programmes/" + post("/api/v1/programmes", programme(1)).getBody()
                .get("programmeId");
        post(programme + "/participants", Map.of("nip", PARTICIPANT));
        long before = storedEvents();

        ResponseEntity<Map> response = post(programme + "/participants", Map.of("nip", SECOND_PARTICIPANT));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "PROGRAMME_FULL")
                .containsEntry("detail", "Program sudah penuh: kapasitasnya 1 peserta");
        assertThat((Map) response.getBody().get("facts")).containsEntry("capacity", 1);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/participants | {\"nip\":\"199203142018012001\"}",
            "/participants/199203142018012001/completion | {\"attended\":false,\"completedOn\":\"2025-01-10\"}",
            "/participants/199203142018012001/evaluation | {\"rating\":4}"})
    void aDecisionAboutAnUnknownProgrammeIsNotFoundAndWritesNothing(String path, String body) {
        String unknown = UUID.randomUUID().toString();
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/programmes/" + unknown + path, body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "PROGRAMME_NOT_FOUND");
        assertThat((Map) response.getBody().get("facts")).containsEntry("programmeId", unknown);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void enrolmentOfSomeoneNeverRegisteredIsNotFoundAndWritesNothing() {
        String programme = newProgramme();
        long before = storedEvents();

        ResponseEntity<Map> response = post(programme + "/participants", Map.of("nip", NEVER_REGISTERED));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_FOUND");
        assertThat((Map) response.getBody().get("facts")).containsEntry("nip", NEVER_REGISTERED);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void enrolmentOfARetiredCivilServantIsRefusedAndWritesNothing() {
        String programme = newProgramme();
        long before = storedEvents();

        ResponseEntity<Map> response = post(programme + "/participants", Map.of("nip", RETIRED));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_ACTIVE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCompletionForSomeoneRetiredAfterEnrollingIsUnprocessableAndWritesNothing() {
        assertThat(post("/api/v1/civil-servants", registration(RETIRED_AFTER_ENROLLING)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String programme = newProgramme();
        assertThat(post(programme + "/participants", Map.of("nip", RETIRED_AFTER_ENROLLING)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/v1/civil-servants/" + RETIRED_AFTER_ENROLLING + "/retirement", Map.of(
                "effectiveDate", "2025-06-01", "decree", Map.of("number", "883/PENS/2025", "date", "2025-05-02")))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = storedEvents();

        ResponseEntity<Map> response = post(programme + "/participants/" + RETIRED_AFTER_ENROLLING + "/completion",
                Map.of("attended", true, "earnedLessonHours", 30, "completedOn", "2025-01-10"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_ACTIVE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void enrolmentByAnHrOfficerOfAnotherUnitIsForbiddenAndWritesNothing() {
        String programme = newProgramme();
        long before = storedEvents();

        ResponseEntity<Map> response = post(programme + "/participants", Map.of("nip", SECOND_PARTICIPANT),
                "hr.dinkes");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aProgrammeOfAnUnknownKindIsABadRequestNamingTheField() {
        Map<String, Object> body = programme(10);
        body.put("kind", "WEBINAR");
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/programmes", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALUE_NOT_ALLOWED");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "kind"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aProgrammeInAnUnknownCountryIsABadRequestNamingTheField() {
        Map<String, Object> body = programme(10);
        body.put("country", "XX");

        ResponseEntity<Map> response = post("/api/v1/programmes", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "COUNTRY_UNKNOWN");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "country"));
    }

    @Test
    void aProgrammeWithoutPlacesIsABadRequest() {
        ResponseEntity<Map> response = post("/api/v1/programmes", programme(0));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "capacity"));
    }

    @Test
    void aRatingAboveFiveIsABadRequestNamingTheField() {
        ResponseEntity<Map> response = post("/api/v1/programmes/" + UUID.randomUUID() + "/participants/"
                + PARTICIPANT + "/evaluation", Map.of("rating", 6));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "rating").containsEntry("message", "harus antara 1 dan 5"));
    }

    @Test
    void anApprovingOfficialDecidesTheFollowUpOfAnEndedEvaluatedProgrammeOnce() {
        Map<String, Object> ended = programme(10);
        ended.put("endDate", "2025-01-31");
        String programme = "/api/v1/programmes/" + post("/api/v1/programmes", ended).getBody().get("programmeId");
        post(programme + "/participants", Map.of("nip", PARTICIPANT, "enrolledOn", "2025-01-06"));
        post(programme + "/participants/" + PARTICIPANT + "/completion", Map.of("attended", true,
                "earnedLessonHours", 30, "completedOn", "2025-01-31"));
        post(programme + "/participants/" + PARTICIPANT + "/evaluation", Map.of("rating", 3));
        Map<String, Object> revision = Map.of("decision", "REVISE_CURRICULUM",
                "curriculumChanges", "Praktik analisis data ditambah 8 JP", "grounds", "Rata-rata penilaian 3",
                "decidedOn", "2025-02-14");

        ResponseEntity<Map> byHr = post(programme + "/follow-up", revision, "hr");
        ResponseEntity<Map> withoutChanges = post(programme + "/follow-up", Map.of("decision", "REVISE_CURRICULUM",
                "grounds", "Rata-rata penilaian 3"), "approver");
        ResponseEntity<Map> decided = post(programme + "/follow-up", revision, "approver");
        ResponseEntity<Map> again = post(programme + "/follow-up", revision, "approver2");

        assertThat(byHr.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withoutChanges.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutChanges.getBody()).containsEntry("code", "FOLLOW_UP_CURRICULUM_CHANGES_REQUIRED");
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(decided.getBody()).containsEntry("decision", "REVISE_CURRICULUM");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("code", "FOLLOW_UP_ALREADY_DECIDED");
        assertThat(jdbc.sql("""
                        select payload::jsonb ->> 'averageRating' from eventstore.event_log
                        where payload_type like '%ProgrammeFollowUpDecided'
                          and aggregate_identifier = ?""").param(programme.substring(programme.lastIndexOf('/') + 1))
                .query(String.class).single()).isEqualTo("3.00");
    }

    @Test
    void aFollowUpOfAProgrammeStillRunningIsUnprocessable() {
        String programme = newProgramme();
        post(programme + "/participants", Map.of("nip", SECOND_PARTICIPANT));
        post(programme + "/participants/" + SECOND_PARTICIPANT + "/completion", Map.of("attended", true,
                "earnedLessonHours", 30, "completedOn", "2025-01-10"));
        post(programme + "/participants/" + SECOND_PARTICIPANT + "/evaluation", Map.of("rating", 5));

        ResponseEntity<Map> response = post(programme + "/follow-up", Map.of("decision", "CONTINUE",
                "grounds", "Sangat bermanfaat"), "approver");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "FOLLOW_UP_BEFORE_PROGRAMME_ENDED");
    }

    @Test
    void aStudyGroupMeetingWritesOneEventAndOneAttendancePerMemberWhoseCompletionEarnsItsLessonHours() {
        String programme = newProgramme("STUDY_GROUP");
        post(programme + "/participants", Map.of("nip", PARTICIPANT));
        post(programme + "/participants", Map.of("nip", SECOND_PARTICIPANT));
        long before = storedEvents();

        ResponseEntity<Map> meeting = post(programme + "/meetings", Map.of("heldOn", "2025-02-03", "lessonHours", 3,
                "topic", "Bedah kasus analisis kebijakan", "present", List.of(PARTICIPANT, SECOND_PARTICIPANT)));
        ResponseEntity<Map> otherHours = post(programme + "/participants/" + PARTICIPANT + "/completion",
                Map.of("attended", true, "earnedLessonHours", 30, "completedOn", "2025-02-03"));
        ResponseEntity<Map> meetingHours = post(programme + "/participants/" + PARTICIPANT + "/completion",
                Map.of("attended", true, "earnedLessonHours", 3, "completedOn", "2025-02-03"));

        assertThat(meeting.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(meeting.getBody()).containsKey("meetingId");
        assertThat(otherHours.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(otherHours.getBody()).containsEntry("code", "LESSON_HOURS_DIFFER_FROM_MEETINGS")
                .containsEntry("detail", "JP yang diperoleh (30) harus sama dengan JP sesi atau pertemuan yang"
                        + " dihadiri (3)");
        assertThat(meetingHours.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedEvents()).isEqualTo(before + 4);
    }

    @Test
    void aMeetingOfAProgrammeThatIsNoStudyGroupIsUnprocessableAndWritesNothing() {
        String programme = newProgramme();
        post(programme + "/participants", Map.of("nip", PARTICIPANT));
        long before = storedEvents();

        ResponseEntity<Map> response = post(programme + "/meetings", Map.of("heldOn", "2025-02-03",
                "lessonHours", 3, "topic", "Bedah kasus", "present", List.of(PARTICIPANT)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "PROGRAMME_NOT_STUDY_GROUP");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMeetingWithoutMembersPresentIsABadRequestNamingTheField() {
        ResponseEntity<Map> response = post(newProgramme("STUDY_GROUP") + "/meetings", Map.of("heldOn", "2025-02-03",
                "lessonHours", 3, "topic", "Bedah kasus", "present", List.of()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "present"));
    }

    @Test
    void aMentorIsPairedWithAParticipantAndTheirSessionsAreRecordedButNoOneMentorsThemself() {
        String programme = newProgramme("MENTORING");
        post(programme + "/participants", Map.of("nip", PARTICIPANT));
        long before = storedEvents();

        ResponseEntity<Map> themself = post(programme + "/mentoring-pairs", Map.of("mentee", PARTICIPANT,
                "mentor", PARTICIPANT));
        ResponseEntity<Map> paired = post(programme + "/mentoring-pairs", Map.of("mentee", PARTICIPANT,
                "mentor", SECOND_PARTICIPANT, "formedOn", "2025-01-06"));
        ResponseEntity<Map> again = post(programme + "/mentoring-pairs", Map.of("mentee", PARTICIPANT,
                "mentor", SECOND_PARTICIPANT));
        ResponseEntity<Map> session = post(programme + "/mentoring-pairs/" + PARTICIPANT + "/sessions",
                Map.of("heldOn", "2025-01-13", "lessonHours", 4, "topic", "Rencana aktualisasi"));
        ResponseEntity<Map> beforeStart = post(programme + "/mentoring-pairs/" + PARTICIPANT + "/sessions",
                Map.of("heldOn", "2025-01-03", "lessonHours", 4, "topic", "Rencana aktualisasi"));

        assertThat(themself.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(themself.getBody()).containsEntry("code", "MENTOR_IS_MENTEE");
        assertThat(paired.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(paired.getBody()).containsEntry("mentee", PARTICIPANT).containsEntry("mentor", SECOND_PARTICIPANT);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("code", "MENTEE_ALREADY_PAIRED");
        assertThat(session.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(beforeStart.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(beforeStart.getBody()).containsEntry("code", "HELD_OUTSIDE_PROGRAMME");
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    private String newProgramme() {
        return newProgramme("CLASSROOM");
    }

    private String newProgramme(String kind) {
        Map<String, Object> body = programme(10);
        body.put("kind", kind);
        return "/api/v1/programmes/" + post("/api/v1/programmes", body).getBody().get("programmeId");
    }

    private ResponseEntity<Map> post(String path, Object body) {
        return post(path, body, "hr");
    }

    private ResponseEntity<Map> post(String path, Object body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }

    private static Map<String, Object> registration(String nip) {
        return Map.of("nip", nip, "fullName", "Rina Wulandari", "employmentType", "PNS", "rank", "III/a",
                "workUnit", "Dinas Pendidikan", "position", "Analis Kebijakan", "effectiveDate", "2020-01-02");
    }

    /** Started in the past and still running, so enrolment today and a completion already recorded both fit. */
    private static Map<String, Object> programme(int capacity) {
        return new HashMap<>(Map.of("title", "Pelatihan Kepemimpinan Pengawas", "kind", "CLASSROOM",
                "partnerInstitution", "BPSDM Provinsi Sumatera Utara", "capacity", capacity,
                "startDate", "2025-01-06", "endDate", LocalDate.now().plusYears(1).toString(),
                "lessonHours", 32, "reason", "rencana pengembangan kompetensi 2025"));
    }
}
