package id.jejak.command.workunit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.command.CommandSideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work-unit API through HTTP, on the JDBC event store: a unit's first fact starts its record, later facts add to
 * it, and a refused fact writes nothing, not even an empty record.
 */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class WorkUnitApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstFactAboutAUnitStartsItsRecordAndTheNextOneAddsToIt() {
        ResponseEntity<Map> satisfaction = post("/api/v1/work-units/dinkes/citizen-satisfaction",
                satisfaction("2025-S1", "82.47", "B"));
        ResponseEntity<Map> performance = post("/api/v1/work-units/DINKES/organisation-performance",
                performance(2024, "BAIK"));

        assertThat(satisfaction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(satisfaction.getBody()).containsEntry("unit", "DINKES").containsEntry("period", "2025-S1");
        assertThat(performance.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stream("DINKES")).containsExactly(
                List.of("0", "WorkUnit", "id.jejak.kernel.workunit.CitizenSatisfactionRecorded"),
                List.of("1", "WorkUnit", "id.jejak.kernel.workunit.OrganisationPerformanceRecorded"));
    }

    @Test
    void aPredicateKeepsItsDecreeAsTheEventsLegalBasis() throws Exception {
        post("/api/v1/work-units/BKPSDM/organisation-performance", performance(2024, "BAIK"));

        String metadata = jdbc.sql("""
                        select meta_data::text from eventstore.event_log where aggregate_identifier = 'BKPSDM'""")
                .query(String.class).single();

        assertThat(new ObjectMapper().readTree(metadata).get("legalBasis").asText())
                .isEqualTo("800/123/BKPSDM/2024 (2025-02-14)");
    }

    @Test
    void anHrOfficerOfAnotherUnitIsForbiddenAndWritesNothing() {
        long before = storedEvents();

        ResponseEntity<Map> satisfaction = post("/api/v1/work-units/DINSOS/citizen-satisfaction",
                satisfaction("2025-S1", "82.47", "B"), "hr.dinkes");
        ResponseEntity<Map> performance = post("/api/v1/work-units/DINSOS/organisation-performance",
                performance(2024, "BAIK"), "hr.dinkes");

        assertThat(satisfaction.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(satisfaction.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
        assertThat((Map) satisfaction.getBody().get("facts")).containsEntry("unit", "DINSOS");
        assertThat(performance.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(performance.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(stream("DINSOS")).isEmpty();
    }

    @Test
    void aGradeThatDoesNotMatchTheIndexIsUnprocessableAndWritesNothing() {
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/work-units/DISDIK/citizen-satisfaction",
                satisfaction("2025", "88.30", "A"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "SATISFACTION_GRADE_MISMATCH")
                .containsEntry("detail", "IKM 88.30 bermutu B menurut PermenPANRB-14-2017, bukan A");
        assertThat((Map) response.getBody().get("facts")).containsEntry("expectedGrade", "B")
                .containsEntry("index", 88.30);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aSecondPredicateForTheSameYearIsAConflictNamingTheEventToCorrect() {
        String eventId = (String) post("/api/v1/work-units/DISHUB/organisation-performance",
                performance(2024, "BAIK")).getBody().get("eventId");
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/work-units/DISHUB/organisation-performance",
                performance(2024, "ISTIMEWA"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).containsEntry("code", "ORGANISATION_PERFORMANCE_ALREADY_RECORDED");
        assertThat((Map) response.getBody().get("facts")).containsEntry("eventId", eventId);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCorrectionNamesTheLatestEventAndCanItselfBeCorrected() {
        String recorded = (String) post("/api/v1/work-units/BAPPEDA/organisation-performance",
                performance(2024, "BAIK")).getBody().get("eventId");
        String corrections = "/api/v1/work-units/BAPPEDA/organisation-performance/2024/corrections";

        ResponseEntity<Map> corrected = post(corrections, correction("ISTIMEWA", recorded));
        ResponseEntity<Map> superseded = post(corrections, correction("KURANG", recorded));
        ResponseEntity<Map> correctedAgain = post(corrections,
                correction("KURANG", (String) corrected.getBody().get("eventId")));

        assertThat(recorded).isEqualTo(jdbc.sql("""
                        select event_identifier from eventstore.domain_event_entry
                        where aggregate_identifier = 'BAPPEDA' and sequence_number = 0""")
                .query(String.class).single());
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(corrected.getBody()).containsEntry("unit", "BAPPEDA").containsEntry("year", 2024);
        assertThat(superseded.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(superseded.getBody()).containsEntry("code", "CORRECTION_TARGET_SUPERSEDED");
        assertThat(correctedAgain.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stream("BAPPEDA")).extracting(row -> row.get(2)).containsExactly(
                "id.jejak.kernel.workunit.OrganisationPerformanceRecorded",
                "id.jejak.kernel.workunit.OrganisationPerformanceCorrected",
                "id.jejak.kernel.workunit.OrganisationPerformanceCorrected");
    }

    @Test
    void aCorrectionOfAUnitWithNoRecordIsNotFoundAndStartsNothing() {
        ResponseEntity<Map> response = post("/api/v1/work-units/DISPORA/organisation-performance/2024/corrections",
                correction("ISTIMEWA", "f4b3c2d1-0000-4000-8000-000000000000"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "CORRECTION_TARGET_UNKNOWN");
        assertThat(stream("DISPORA")).isEmpty();
    }

    @Test
    void aCorrectionWithoutAnAuthorityIsABadRequest() {
        Map<String, Object> body = correction("ISTIMEWA", "f4b3c2d1-0000-4000-8000-000000000000");
        body.remove("authority");

        ResponseEntity<Map> response = post("/api/v1/work-units/DISPORA/organisation-performance/2024/corrections",
                body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", "authority"));
    }

    @Test
    void malformedValuesAreBadRequestsNamingTheField() {
        assertBadRequest("/api/v1/work-units/D/citizen-satisfaction", satisfaction("2025", "82.47", "B"),
                "UNIT_CODE_INVALID", "unit");
        assertBadRequest("/api/v1/work-units/DINSOS/citizen-satisfaction", satisfaction("2025", "82.475", "B"),
                "SATISFACTION_INDEX_OUT_OF_RANGE", "index");
        assertBadRequest("/api/v1/work-units/DINSOS/citizen-satisfaction", satisfaction("2025-S3", "82.47", "B"),
                "SATISFACTION_PERIOD_INVALID", "period");
    }

    private void assertBadRequest(String path, Map<String, Object> body, String code, String field) {
        long before = storedEvents();

        ResponseEntity<Map> response = post(path, body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", code);
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", field));
        assertThat(storedEvents()).isEqualTo(before);
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

    /** The unit's stored events: sequence number, aggregate type and payload type. */
    private List<List<String>> stream(String unit) {
        return jdbc.sql("""
                        select sequence_number, type, payload_type from eventstore.domain_event_entry
                        where aggregate_identifier = ? order by sequence_number""")
                .param(unit)
                .query((row, i) -> List.of(row.getString(1), row.getString(2), row.getString(3))).list();
    }

    private static Map<String, Object> satisfaction(String period, String index, String grade) {
        return new HashMap<>(Map.of("year", Integer.parseInt(period.substring(0, 4)), "period", period,
                "index", new BigDecimal(index), "grade", grade, "respondents", 400));
    }

    private static Map<String, Object> performance(int year, String predicate) {
        return new HashMap<>(Map.of("year", year, "predicate", predicate, "decreeNumber", "800/123/BKPSDM/" + year,
                "decreeDate", "2025-02-14"));
    }

    private static Map<String, Object> correction(String predicate, String correctedEventId) {
        return new HashMap<>(Map.of("predicate", predicate, "correctedEventId", correctedEventId,
                "reason", "hasil evaluasi ulang", "authority", "SK Bupati 800/45/2025"));
    }
}
