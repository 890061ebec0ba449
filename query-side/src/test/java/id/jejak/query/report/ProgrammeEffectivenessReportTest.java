package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.report.ReportEvents.annual;
import static id.jejak.query.report.ReportEvents.placed;
import static id.jejak.query.report.ReportEvents.pns;
import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ProgrammeEffectivenessReportTest {

    static final String UNIT = "RPT-PE";
    static final UUID PROGRAMME = UUID.randomUUID();
    static final UUID EMPTY_PROGRAMME = UUID.randomUUID();

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;
    /** An auditor reads every report, finding and audit endpoint. */
    TestRestTemplate http;

    @BeforeEach
    void signInAsAuditor() {
        http = anonymous.withBasicAuth("auditor", "demo");
    }
    @Autowired
    EventProcessingConfiguration processing;

    /**
     * A programme in July 2027: two participants (Butuh Perbaikan → Baik, Baik → Sangat Baik), one who did not
     * attend, one whose completion was revoked; two colleagues of the same unit who took no part (Baik → Kurang,
     * Kurang → Kurang), one of another unit and one who joined the unit only after it started.
     */
    @BeforeAll
    void recordTheProgramme() {
        signInAsAuditor();
        var events = new ReportEvents(eventStore);
        events.programme(PROGRAMME, programme(PROGRAMME, "Coaching Pelayanan Prima", LocalDate.of(2027, 7, 5)));
        participant(events, "198506072009071101", Predicate.BUTUH_PERBAIKAN, Predicate.BAIK, true);
        participant(events, "198506072009071102", Predicate.BAIK, Predicate.SANGAT_BAIK, true);
        participant(events, "198506072009071103", Predicate.KURANG, Predicate.KURANG, false);
        Nip revoked = person(events, "198506072009071104", UNIT, Predicate.KURANG, Predicate.KURANG);
        events.programme(PROGRAMME, new ParticipantEnrolled(PROGRAMME, revoked, LocalDate.of(2027, 6, 1)));
        events.revoke(revoked, events.programme(PROGRAMME, completion(revoked, true)));
        person(events, "198506072009071105", UNIT, Predicate.BAIK, Predicate.KURANG);
        person(events, "198506072009071106", " rpt-pe", Predicate.KURANG, Predicate.KURANG);
        person(events, "198506072009071107", "RPT-PE-X", Predicate.BAIK, Predicate.BAIK);
        Nip joinedLater = person(events, "198506072009071108", "RPT-PE-X", Predicate.SANGAT_BAIK, Predicate.BAIK);
        events.person(placed(joinedLater, UNIT, LocalDate.of(2027, 9, 1)));
        events.programme(EMPTY_PROGRAMME, programme(EMPTY_PROGRAMME, "Seminar Tanpa Peserta",
                LocalDate.of(2027, 11, 1)));

        ReportsCaughtUp.waitFor(processing, eventStore);
    }

    @Test
    void participantsAreComparedWithTheColleaguesOfTheirUnitsWhoTookNoPart() {
        Map<String, Object> programme = programmes("programmeId=" + PROGRAMME).get(PROGRAMME.toString());

        assertThat(programme).containsEntry("title", "Coaching Pelayanan Prima").containsEntry("units", List.of(UNIT))
                .containsEntry("enrolled", 4).containsEntry("changeAgainstNonParticipants", 100.0);
        assertThat(programme.get("participants")).isEqualTo(Map.of("persons", 2,
                "before", Map.of("year", 2026, "evaluated", 2, "baikOrBetter", 1, "share", 50.0),
                "after", Map.of("year", 2028, "evaluated", 2, "baikOrBetter", 2, "share", 100.0),
                "change", 50.0));
        assertThat(programme.get("nonParticipants")).isEqualTo(Map.of("persons", 2,
                "before", Map.of("year", 2026, "evaluated", 2, "baikOrBetter", 1, "share", 50.0),
                "after", Map.of("year", 2028, "evaluated", 2, "baikOrBetter", 0, "share", 0.0),
                "change", -50.0));
    }

    @Test
    void everyProgrammeThatStartedInTheYearIsReported() {
        Map<String, Map<String, Object>> programmes = programmes("year=2027");

        assertThat(programmes).containsKeys(PROGRAMME.toString(), EMPTY_PROGRAMME.toString());
        Map<String, Object> empty = programmes.get(EMPTY_PROGRAMME.toString());
        assertThat(empty).containsEntry("units", List.of()).containsEntry("enrolled", 0)
                .containsEntry("changeAgainstNonParticipants", null);
        assertThat((Map<String, Object>) empty.get("participants")).containsEntry("persons", 0)
                .containsEntry("change", null);
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        var response = http.getForEntity("/api/v1/reports/programme-effectiveness?programmeId={id}", Map.class,
                UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "PROGRAMME_NOT_FOUND");
    }

    @Test
    void neitherAProgrammeNorAYearIsABadRequest() {
        var response = http.getForEntity("/api/v1/reports/programme-effectiveness", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "REPORT_PROGRAMME_OR_YEAR_REQUIRED");
    }

    private Map<String, Map<String, Object>> programmes(String query) {
        Map<String, Object> report = http.getForObject("/api/v1/reports/programme-effectiveness?" + query, Map.class);
        Map<String, Map<String, Object>> programmes = new HashMap<>();
        ((List<Map<String, Object>>) report.get("programmes"))
                .forEach(programme -> programmes.put((String) programme.get("programmeId"), programme));
        return programmes;
    }

    private static void participant(ReportEvents events, String nip, Predicate before, Predicate after,
                                    boolean attended) {
        Nip person = person(events, nip, UNIT, before, after);
        events.programme(PROGRAMME, new ParticipantEnrolled(PROGRAMME, person, LocalDate.of(2027, 6, 1)));
        events.programme(PROGRAMME, completion(person, attended));
    }

    private static Nip person(ReportEvents events, String nip, String unit, Predicate before, Predicate after) {
        Nip person = Nip.of(nip);
        events.person(pns(person, "Peserta " + nip.substring(15), unit, Rank.III_A, LocalDate.of(2016, 1, 1),
                Education.BACHELOR));
        events.person(annual(person, 2026, before));
        events.person(annual(person, 2028, after));
        return person;
    }

    private static ProgrammeParticipationCompleted completion(Nip nip, boolean attended) {
        return new ProgrammeParticipationCompleted(PROGRAMME, nip, attended, attended ? LessonHours.of(40) : null,
                LocalDate.of(2027, 7, 30), attended ? "CERT-" + nip.value().substring(15) : null);
    }

    private static ProgrammeCreated programme(UUID id, String title, LocalDate start) {
        return new ProgrammeCreated(id, title, TrainingKind.COACHING, "LAN RI", "ID", 20, start, start.plusDays(25),
                LessonHours.of(40));
    }
}
