package id.jejak.query.report;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.report.ReportEvents.placed;
import static id.jejak.query.report.ReportEvents.pns;
import static id.jejak.query.report.ReportEvents.trained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class LessonHoursReportTest {

    static final Nip NINETEEN = Nip.of("198102032005011701");
    static final Nip TWENTY = Nip.of("198102032005011702");
    static final Nip REVOKED_ONE = Nip.of("198102032005011703");
    static final Nip MOVED = Nip.of("198102032005011704");
    static final Nip NONE = Nip.of("198102032005011705");
    static final Nip RETIRED = Nip.of("198102032005011706");

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

    /**
     * Unit A: 19 JP (under), 20 JP of which 12 from a programme (not under), 25 JP and a revoked 10, nothing at all;
     * someone who moved from A to B mid-year; someone who retired before the year's end.
     */
    @BeforeAll
    void recordTheYear() {
        signInAsAuditor();
        var events = new ReportEvents(eventStore);
        events.person(pns(NINETEEN, "Butet \"Uli\" Siregar, S.Kom", " Rpt-JP-A ", Rank.III_A, LocalDate.of(2015, 1, 2),
                Education.BACHELOR));
        events.person(trained(NINETEEN, 12, LocalDate.of(2025, 2, 10)));
        events.person(trained(NINETEEN, 7, LocalDate.of(2025, 5, 10)));

        events.person(pns(TWENTY, "Dedi Kurniawan", "RPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(TWENTY, 8, LocalDate.of(2025, 3, 1)));
        UUID programme = UUID.randomUUID();
        events.programme(programme, new ProgrammeCreated(programme, "Magang Tata Kelola", TrainingKind.INTERNSHIP,
                "Universiti Malaya", "MY", 10, LocalDate.of(2025, 7, 6), LocalDate.of(2025, 7, 31),
                LessonHours.of(80)));
        events.programme(programme, new ParticipantEnrolled(programme, TWENTY, LocalDate.of(2025, 6, 1)));
        events.programme(programme, new ProgrammeParticipationCompleted(programme, TWENTY, true, LessonHours.of(12),
                LocalDate.of(2025, 7, 31), "MAG-1"));
        events.programme(programme, new ParticipantEnrolled(programme, NONE, LocalDate.of(2025, 6, 1)));
        events.programme(programme, new ProgrammeParticipationCompleted(programme, NONE, false, null,
                LocalDate.of(2025, 7, 31), null));

        events.person(pns(REVOKED_ONE, "Eka Putri", "RPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(REVOKED_ONE, 25, LocalDate.of(2025, 4, 1)));
        var revoked = events.person(trained(REVOKED_ONE, 10, LocalDate.of(2025, 6, 1)));
        events.person(trained(REVOKED_ONE, 30, LocalDate.of(2024, 11, 1)));
        events.revoke(REVOKED_ONE, revoked);

        events.person(pns(MOVED, "Gita Lubis", "RPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(MOVED, 5, LocalDate.of(2025, 3, 1)));
        events.person(placed(MOVED, "RPT-JP-B", LocalDate.of(2025, 6, 1)));
        events.person(trained(MOVED, 16, LocalDate.of(2025, 9, 1)));

        events.person(pns(NONE, "Fajar Nasution", "RPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));

        events.person(pns(RETIRED, "Hasan Basri", "RPT-JP-A", Rank.IV_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(RETIRED, 4, LocalDate.of(2025, 2, 1)));
        events.person(new Retired(RETIRED, LocalDate.of(2025, 5, 1),
                new Decree("PEN/2025/1", LocalDate.of(2025, 4, 1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(units(report("RPT-JP-B")))
                .containsExactly(Map.of("unit", "RPT-JP-B", "earnedLessonHours", 16, "persons", 1,
                        "personsBelowRequired", 0, "shortfall", 0)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(persons(report("RPT-JP-A")))
                .hasSize(4).allSatisfy(row -> assertThat(row).containsEntry("unit", "RPT-JP-A")));
    }

    @Test
    void nineteenLessonHoursFallShortOfTheObligationAndTwentyMeetIt() {
        List<Map<String, Object>> persons = persons(report("RPT-JP-A"));

        assertThat(row(persons, NINETEEN)).containsEntry("earned", 19).containsEntry("required", 20)
                .containsEntry("shortfall", 1);
        assertThat(row(persons, TWENTY)).containsEntry("earned", 20).containsEntry("shortfall", 0);
        assertThat(row(persons, NONE)).containsEntry("earned", 0).containsEntry("shortfall", 20);
    }

    @Test
    void aRevokedCompletionAndAnotherYearsDoNotCount() {
        assertThat(row(persons(report("RPT-JP-A")), REVOKED_ONE)).containsEntry("earned", 25)
                .containsEntry("shortfall", 0);
    }

    @Test
    void lessonHoursCountInTheUnitOfTheCompletionDateAndThePersonInTheUnitOfTheYearsEnd() {
        Map<String, Object> all = report(null);
        Map<String, Object> unitA = units(all).stream().filter(unit -> "RPT-JP-A".equals(unit.get("unit")))
                .findFirst().orElseThrow();

        // 19 + 20 + 25 + the 5 JP of the one who moved to B in June; the retired officer's 4 JP are not counted
        assertThat(unitA).isEqualTo(Map.of("unit", "RPT-JP-A", "earnedLessonHours", 69, "persons", 4,
                "personsBelowRequired", 2, "shortfall", 21));
        assertThat(row(persons(all), MOVED)).containsEntry("unit", "RPT-JP-B").containsEntry("earned", 21);
        assertThat(persons(all)).noneMatch(row -> RETIRED.value().equals(row.get("nip")));
        assertThat(all).containsEntry("year", 2025).containsEntry("requiredLessonHours", 20);
        // asked for unit A alone, the same total and the same people, though it reads only those ever placed in A
        Map<String, Object> onlyA = report("RPT-JP-A");
        assertThat(units(onlyA)).containsExactly(unitA);
        assertThat(persons(onlyA)).containsExactlyElementsOf(persons(all).stream()
                .filter(row -> "RPT-JP-A".equals(row.get("unit"))).toList());
    }

    @Test
    void aRevokedPlacementPutsThePersonAndWhatTheyEarnedBackInTheUnitTheyWereIn() {
        Nip back = Nip.of("198102032005011707");
        var events = new ReportEvents(eventStore);
        events.person(pns(back, "Intan Permata", "RPT-JP-C", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        var placement = events.person(placed(back, "RPT-JP-D", LocalDate.of(2025, 6, 1)));
        events.person(trained(back, 20, LocalDate.of(2025, 8, 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(persons(report("RPT-JP-D")))
                .extracting(row -> row.get("nip")).containsExactly(back.value()));

        events.revoke(back, placement);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(units(report("RPT-JP-C")))
                .containsExactly(Map.of("unit", "RPT-JP-C", "earnedLessonHours", 20, "persons", 1,
                        "personsBelowRequired", 0, "shortfall", 0)));
        assertThat(row(persons(report("RPT-JP-C")), back)).containsEntry("unit", "RPT-JP-C")
                .containsEntry("earned", 20);
        assertThat(persons(report("RPT-JP-D"))).isEmpty();
        assertThat(units(report("RPT-JP-D"))).isEmpty();
    }

    @Test
    void theReportIsCsvWhenAskedForWithFieldsQuotedWhereNeeded() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");

        var response = http.exchange("/api/v1/reports/lesson-hours?year=2025&unit=rpt-jp-a", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("lesson-hours-2025.csv");
        assertThat(response.getBody()).isEqualTo("""
                nip,fullName,employmentType,unit,year,earned,required,shortfall\r
                198102032005011701,"Butet ""Uli"" Siregar, S.Kom",PNS,RPT-JP-A,2025,19,20,1\r
                198102032005011702,Dedi Kurniawan,PNS,RPT-JP-A,2025,20,20,0\r
                198102032005011703,Eka Putri,PNS,RPT-JP-A,2025,25,20,0\r
                198102032005011705,Fajar Nasution,PNS,RPT-JP-A,2025,0,20,20\r
                """);
    }

    @Test
    void aYearOutOfRangeIsABadRequestEvenWhenCsvIsAskedFor() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");

        var response = http.exchange("/api/v1/reports/lesson-hours?year=1850", HttpMethod.GET,
                new HttpEntity<>(headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    @Test
    void aBlankUnitIsABadRequestNamingTheParameter() {
        var response = http.getForEntity("/api/v1/reports/lesson-hours?year=2025&unit={unit}", Map.class, "  ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "REPORT_UNIT_INVALID");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("unit");
    }

    @Test
    void aMissingYearIsABadRequest() {
        var response = http.getForEntity("/api/v1/reports/lesson-hours", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_REQUIRED");
    }

    private Map<String, Object> report(String unit) {
        return http.getForObject("/api/v1/reports/lesson-hours?year=2025" + (unit == null ? "" : "&unit=" + unit),
                Map.class);
    }

    private static List<Map<String, Object>> units(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("units");
    }

    private static List<Map<String, Object>> persons(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("persons");
    }

    private static Map<String, Object> row(List<Map<String, Object>> persons, Nip nip) {
        return persons.stream().filter(row -> nip.value().equals(row.get("nip"))).findFirst().orElseThrow();
    }
}
