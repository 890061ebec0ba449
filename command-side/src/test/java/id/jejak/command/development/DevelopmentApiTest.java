package id.jejak.command.development;

import id.jejak.command.CommandSideTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The development cycle through HTTP, on the JDBC event store: a civil servant proposes a need, the head of unit
 * endorses it, HR plans it, another official approves the plan, a completed training realises the item and closes
 * the need; refusals are problem+json and write nothing.
 */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class DevelopmentApiTest {

    /** The demo employee's own NIP, so that they may propose a need of their own. */
    private static final String EMPLOYEE_NIP = "198609262015051001";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    private String trainingId;

    /**
     * The employee's record is imported with the very row ImportTest imports, so whichever test comes first records
     * it and the other finds it recorded; a live registration would make that import refuse the row.
     */
    @BeforeEach
    void registerAndTrain() {
        String started = (String) post("/api/v1/imports", Map.of("kind", "identity", "file", "pegawai.csv",
                "format", "CSV", "dryRun", false, "content", """
                        nipBaru,nama,jenisPegawai,golonganAwal,tmtCpns,pendidikan,unorNama,jabatanNama
                        198609262015051001,Budi Santoso,PNS,III/a,2015-05-01,BACHELOR,Dinas Pendidikan,Analis Kebijakan
                        """), "admin").getBody().get("importId");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.withBasicAuth("admin", "demo")
                        .getForObject("/api/v1/imports/{id}", Map.class, started).get("state"),
                state -> !"RUNNING".equals(state));
        trainingId = (String) post("/api/v1/civil-servants/" + EMPLOYEE_NIP + "/trainings", Map.of(
                "title", "Pelatihan Analisis Data", "kind", "CLASSROOM", "organiser", "BPSDM Provinsi",
                "plannedLessonHours", 24, "startDate", "2025-03-02"), "hr").getBody().get("trainingId");
        assertThat(post("/api/v1/civil-servants/" + EMPLOYEE_NIP + "/trainings/" + trainingId + "/completion",
                Map.of("earnedLessonHours", 24, "completedOn", "2025-03-06"), "hr").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aProposedNeedIsEndorsedPlannedApprovedRealisedAndClosed() {
        ResponseEntity<Map> proposed = post("/api/v1/development-needs/proposals", Map.of("unit", "DINKES",
                "category", "TECHNICAL", "competency", "Analisis data", "description", "pelatihan analisis data"),
                "employee");
        String needId = (String) proposed.getBody().get("needId");
        ResponseEntity<Map> endorsed = post("/api/v1/development-needs/" + needId + "/endorsement", Map.of("endorsedOn", "2025-01-15"),
                "approver");
        String plan = "/api/v1/development-plans/DINKES/2025";
        ResponseEntity<Map> planned = post(plan, Map.of("items", List.of(item(needId, 2))), "hr");
        ResponseEntity<Map> approvedByHr = post(plan + "/approval", Map.of("approvedOn", "2025-01-20"), "hr");
        ResponseEntity<Map> approved = post(plan + "/approval", Map.of("approvedOn", "2025-01-20"), "approver");
        String itemId = jdbc.sql("""
                        select payload::jsonb #>> '{items,0,itemId}' from eventstore.event_log
                        where aggregate_identifier = 'DINKES:2025' and sequence_number = 0""")
                .query(String.class).single();
        Map<String, Object> realisation = Map.of("itemId", itemId, "nip", EMPLOYEE_NIP, "kind", "TRAINING",
                "developmentId", trainingId, "cost", 3250000);
        ResponseEntity<Map> realised = post(plan + "/realisations", realisation, "hr");
        ResponseEntity<Map> realisedAgain = post(plan + "/realisations", realisation, "hr");
        ResponseEntity<Map> closed = post("/api/v1/development-needs/" + needId + "/closure", Map.of("nip",
                EMPLOYEE_NIP, "kind", "TRAINING", "developmentId", trainingId), "hr");

        assertThat(List.of(proposed, endorsed, planned, approved, realised, closed))
                .allSatisfy(response -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED));
        assertThat(planned.getBody()).containsEntry("unit", "DINKES").containsEntry("year", 2025);
        assertThat(approvedByHr.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(realisedAgain.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(realisedAgain.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(realisedAgain.getBody()).containsEntry("code", "REALISATION_ALREADY_RECORDED");
        assertThat(jdbc.sql("""
                        select payload::jsonb ->> 'proposedBy' from eventstore.event_log
                        where aggregate_identifier = ? and sequence_number = 0""").param(needId)
                .query(String.class).single()).isEqualTo("employee");
    }

    @Test
    void anEvaluationOfBaikIsNoSourceOfANeedAndTheRefusalSpeaksEnglishToo() {
        String evaluationId = (String) post("/api/v1/civil-servants/" + EMPLOYEE_NIP + "/evaluations", Map.of(
                "kind", "PERIODIC", "year", 2025, "periodStart", "2025-01-01", "periodEnd", "2025-03-31",
                "evaluator", "197503122000031002", "workResult", "AS_EXPECTED", "workBehaviour", "AS_EXPECTED"), "hr").getBody().get("evaluationId");
        long before = storedEvents();

        HttpHeaders english = headers("hr");
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<Map> response = http.postForEntity("/api/v1/development-needs", new HttpEntity<>(Map.of(
                "unit", "DINKES", "nips", List.of(EMPLOYEE_NIP), "source", "PERFORMANCE_EVALUATION",
                "sourceId", evaluationId, "description", "kinerja"), english), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "NEED_EVALUATION_NOT_BELOW_BAIK")
                .containsEntry("detail", "Evaluation " + evaluationId + " is BAIK; a need from performance rests on "
                        + "an evaluation below Baik");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anItemInAFifthQuarterIsABadRequestNamingTheField() {
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/development-plans/DINKES/2027",
                Map.of("items", List.of(item("5a0e6c1d-2b3f-4e8a-9c7d-1f2e3a4b5c6d", 5))), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat((String) error.get("field")).contains("quarter"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPlanNeverProposedIsNotFound() {
        ResponseEntity<Map> response = post("/api/v1/development-plans/DISPORA/2026/approval", Map.of("approvedOn", "2025-01-20"),
                "approver");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "PLAN_NOT_FOUND");
    }

    @Test
    void aNeedOfAnUnknownNeedIdIsNotFoundInAPlan() {
        ResponseEntity<Map> response = post("/api/v1/development-plans/DINKES/2028",
                Map.of("items", List.of(item("5a0e6c1d-2b3f-4e8a-9c7d-1f2e3a4b5c6d", 1))), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "NEED_NOT_FOUND");
    }

    private static Map<String, Object> item(String needId, int quarter) {
        Map<String, Object> item = new HashMap<>(Map.of("needIds", List.of(needId), "nips", List.of(EMPLOYEE_NIP),
                "category", "TECHNICAL", "form", "CLASSROOM", "title", "Pelatihan Analisis Data",
                "plannedLessonHours", 24, "partnerInstitution", "BPSDM Provinsi", "quarter", quarter));
        item.put("estimatedCost", 3500000);
        return item;
    }

    private ResponseEntity<Map> post(String path, Object body, String user) {
        return http.postForEntity(path, new HttpEntity<>(body, headers(user)), Map.class);
    }

    private static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return headers;
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }
}
