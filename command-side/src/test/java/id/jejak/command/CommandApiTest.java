package id.jejak.command;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API through HTTP: a decision that passes becomes exactly one event; one that is refused answers
 * problem+json with the rule's code and writes nothing.
 */
@CommandSideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class CommandApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegistrationBecomesOneEventAndPointsAtTheProfile() {
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/civil-servants", registration("198501012010011001"), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation())
                .hasToString("http://localhost:8082/api/v1/civil-servants/198501012010011001");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void everyEventCarriesTheActorReasonAndCorrelationOfItsRequest() {
        HttpHeaders headers = headers("hr");
        headers.set("X-Correlation-Id", "req-42");
        http.postForEntity("/api/v1/civil-servants",
                new HttpEntity<>(registration("198502022010011002"), headers), Map.class);

        Map<String, Object> metadata = jdbc.sql("""
                        select meta_data::text from eventstore.event_log where aggregate_identifier = ?""")
                .param("198502022010011002").query((row, i) -> row.getString(1)).single()
                .transform(this::json);

        assertThat(metadata).containsEntry("actorId", "hr").containsEntry("actorRole", "HR_OFFICER")
                .containsEntry("reason", "pengangkatan").containsEntry("correlationId", "req-42")
                .containsKey("causationId").doesNotContainKey("actorUnits");
    }

    @Test
    void theActorIsTheSignedInUserWhateverAHeaderOrTheBodyClaims() {
        HttpHeaders headers = headers("hr");
        headers.set("X-Actor-Id", "someone.else");
        Map<String, Object> body = registration("198502022010011012");
        body.put("actorId", "someone.else");

        ResponseEntity<Map> withField = http.postForEntity("/api/v1/civil-servants", new HttpEntity<>(body, headers),
                Map.class);
        body.remove("actorId");
        http.postForEntity("/api/v1/civil-servants", new HttpEntity<>(body, headers), Map.class);

        assertThat(withField.getBody()).containsEntry("code", "FIELD_UNKNOWN");
        assertThat(jdbc.sql("select meta_data::text from eventstore.event_log where aggregate_identifier = ?")
                .param("198502022010011012").query((row, i) -> row.getString(1)).single().transform(this::json))
                .containsEntry("actorId", "hr");
    }

    @Test
    void aDuplicateRegistrationIsAConflictAndWritesNothing() {
        post("/api/v1/civil-servants", registration("198503032010011003"), "hr");
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/civil-servants", registration("198503032010011003"), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_ALREADY_REGISTERED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"nip\":\"19850101201001100\"} | NIP_FORMAT | nip",
            "{\"nip\":\"198513012010011001\"} | NIP_BIRTH_DATE | nip",
            "{\"nip\":\"198501012010013001\"} | NIP_SEX_DIGIT | nip",
            "{\"rank\":\"V/a\"} | RANK_UNKNOWN | rank",
            "{\"employmentType\":\"HONORER\"} | VALUE_NOT_ALLOWED | employmentType",
            "{\"effectiveDate\":\"2024-13-01\"} | VALUE_INVALID | effectiveDate",
            "{\"fullName\":\" \"} | VALIDATION_FAILED | fullName",
            "{\"salary\":1} | FIELD_UNKNOWN | salary"})
    void anInvalidRegistrationIsABadRequestNamingTheFieldAndWritesNothing(String override, String code,
                                                                         String field) {
        Map<String, Object> body = registration("198504042010011004");
        body.putAll(json(override));
        long before = storedEvents();

        ResponseEntity<Map> response = post("/api/v1/civil-servants", body, "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", code);
        assertThat((Iterable<Map>) response.getBody().get("errors")).anySatisfy(error ->
                assertThat(error).containsEntry("field", field));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRuleRefusalIsUnprocessableWithTheFactsThatFailed() {
        Map<String, Object> body = registration("198505052010011005");
        body.put("effectiveDate", "2009-12-31");

        ResponseEntity<Map> response = post("/api/v1/civil-servants", body, "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).containsEntry("code", "REGISTRATION_BEFORE_APPOINTMENT");
        assertThat((Map) response.getBody().get("facts")).containsEntry("appointedFrom", "2010-01-01");
    }

    @Test
    void refusalsSpeakIndonesianUnlessEnglishIsAsked() {
        post("/api/v1/civil-servants", registration("198506062010011006"), "hr");

        String indonesian = (String) post("/api/v1/civil-servants", registration("198506062010011006"), "hr")
                .getBody().get("detail");
        HttpHeaders english = headers("hr");
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US");
        String inEnglish = (String) http.postForEntity("/api/v1/civil-servants",
                new HttpEntity<>(registration("198506062010011006"), english), Map.class).getBody().get("detail");

        assertThat(indonesian).isEqualTo("ASN dengan NIP 198506062010011006 sudah terdaftar");
        assertThat(inEnglish).isEqualTo("A civil servant with NIP 198506062010011006 is already registered");
    }

    @Test
    void aCommandWithoutSigningInIsRefusedAndWritesNothing() {
        long before = storedEvents();

        ResponseEntity<Map> response = http.postForEntity("/api/v1/civil-servants",
                new HttpEntity<>(registration("198507072010011007"), jsonHeaders()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "AUTHENTICATION_REQUIRED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTrainingForSomeoneNeverRegisteredIsNotFound() {
        ResponseEntity<Map> response = post("/api/v1/civil-servants/198508082010011008/trainings", training(24),
                "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_FOUND");
    }

    @Test
    void trainingsAreAssignedAndCompletedOncePerTraining() {
        post("/api/v1/civil-servants", registration("198509092010011009"), "hr");
        ResponseEntity<Map> assigned = post("/api/v1/civil-servants/198509092010011009/trainings", training(24),
                "hr");
        String completion = "/api/v1/civil-servants/198509092010011009/trainings/"
                + assigned.getBody().get("trainingId") + "/completion";
        Map<String, Object> completed = Map.of("earnedLessonHours", 20, "completedOn", "2025-03-04",
                "certificateNumber", "SERT-001");

        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(completion, completed, "hr").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> again = post(completion, completed, "hr");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("code", "TRAINING_ALREADY_COMPLETED");
    }

    @Test
    void zeroLessonHoursAreRefused() {
        post("/api/v1/civil-servants", registration("198510102010011010"), "hr");

        ResponseEntity<Map> response = post("/api/v1/civil-servants/198510102010011010/trainings", training(0),
                "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "LESSON_HOURS_NOT_POSITIVE");
    }

    @Test
    void aCompletionOfAnUnknownTrainingIsNotFound() {
        post("/api/v1/civil-servants", registration("198511112010011011"), "hr");

        ResponseEntity<Map> response = post("/api/v1/civil-servants/198511112010011011/trainings/"
                        + "00000000-0000-0000-0000-000000000000/completion",
                Map.of("earnedLessonHours", 20, "completedOn", "2025-03-04"), "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "TRAINING_NOT_FOUND");
    }

    @Test
    void malformedJsonIsABadRequestWithoutAStackTrace() {
        ResponseEntity<String> response = http.postForEntity("/api/v1/civil-servants",
                new HttpEntity<>("{\"nip\": ", headers("hr")), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("MALFORMED_JSON").doesNotContain("Exception").doesNotContain("at ");
    }

    private ResponseEntity<Map> post(String path, Object body, String actor) {
        return http.postForEntity(path, new HttpEntity<>(body, headers(actor)), Map.class);
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }

    private static HttpHeaders headers(String user) {
        HttpHeaders headers = jsonHeaders();
        headers.setBasicAuth(user, "demo");
        return headers;
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static Map<String, Object> registration(String nip) {
        return new java.util.HashMap<>(Map.of("nip", nip, "fullName", "Andi Pratama", "employmentType", "PNS",
                "rank", "III/a", "workUnit", "Dinas Pendidikan", "position", "Analis Kebijakan",
                "effectiveDate", "2020-01-02", "reason", "pengangkatan"));
    }

    private static Map<String, Object> training(int lessonHours) {
        return Map.of("title", "Pelatihan Dasar", "kind", "CLASSROOM", "organiser", "BPSDM",
                "plannedLessonHours", lessonHours, "startDate", "2025-03-01");
    }

    private Map<String, Object> json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
