package id.jejak.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first slice as a user meets it: both sides started the way the run command starts them, a command over HTTP
 * becoming an event in PostgreSQL, the event becoming a read model, and the read model answering over HTTP — and
 * still answering after everything was stopped and started again on the same data directory.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class EndToEndTest {

    private static final String NIP = "198609262015051001";

    @TempDir
    Path dataDirectory;

    @Test
    void aDecisionTravelsFromCommandToEventToReadModelAndSurvivesARestart() {
        String thisYear = String.valueOf(LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear());
        try (JejakLauncher.Running jejak = start()) {
            var commands = client(jejak.commandSidePort(), "hr");
            var queries = client(jejak.querySidePort(), "hr");

            ResponseEntity<Map> registered = commands.postForEntity("/api/v1/civil-servants", request(Map.of(
                    "nip", NIP, "fullName", "Budi Santoso", "employmentType", "PNS", "rank", "III/a",
                    "workUnit", "Dinas Pendidikan", "position", "Analis Kebijakan", "reason", "pengangkatan")),
                    Map.class);
            assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(registered.getHeaders().getLocation()).hasToString(
                    "http://localhost:" + jejak.querySidePort() + "/api/v1/civil-servants/" + NIP);

            ResponseEntity<Map> assigned = commands.postForEntity("/api/v1/civil-servants/" + NIP + "/trainings",
                    request(Map.of("title", "Pelatihan Kepemimpinan Pengawas", "kind", "CLASSROOM",
                            "organiser", "BPSDM Sumatera Utara", "plannedLessonHours", 24,
                            "startDate", thisYear + "-01-02")), Map.class);
            assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            String trainingId = (String) assigned.getBody().get("trainingId");

            ResponseEntity<Map> completed = commands.postForEntity(
                    "/api/v1/civil-servants/" + NIP + "/trainings/" + trainingId + "/completion",
                    request(Map.of("earnedLessonHours", 22, "completedOn", thisYear + "-01-05",
                            "certificateNumber", "SERT/2026/001")), Map.class);
            assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.CREATED);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    queries.getForObject(registered.getHeaders().getLocation(), Map.class).get("lessonHours"))
                    .isEqualTo(Map.of("year", Integer.parseInt(thisYear), "earned", 22, "required", 20,
                            "completedTrainings", 1)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(history(queries)).hasSize(3));
            assertThat(history(queries)).extracting(entry -> entry.get("type"))
                    .containsExactly("CivilServantRegistered", "TrainingAssigned", "TrainingCompleted");
            assertThat(history(queries).get(0)).containsEntry("actorId", "hr")
                    .containsEntry("actorRole", "HR_OFFICER").containsEntry("reason", "pengangkatan");
            var employee = client(jejak.querySidePort(), "employee");
            assertThat(employee.getForEntity(registered.getHeaders().getLocation(), Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(employee.getForEntity("/api/v1/decision-trail", Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);

            JdbcClient database = JdbcClient.create(jejak.querySide().getBean(javax.sql.DataSource.class));
            assertThat(database.sql("""
                            select payload ->> 'fullName' from eventstore.event_log
                            where aggregate_identifier = ? and sequence_number = 0""")
                    .param(NIP).query(String.class).single()).isEqualTo("Budi Santoso");
            assertThat(database.sql("""
                            select data_type from information_schema.columns
                            where table_schema = 'eventstore' and table_name = 'domain_event_entry'
                              and column_name in ('payload', 'meta_data')""")
                    .query(String.class).list()).containsOnly("bytea");
        }

        try (JejakLauncher.Running restarted = start()) {
            assertThat(history(client(restarted.querySidePort(), "hr"))).hasSize(3);
            ResponseEntity<Map> again = client(restarted.commandSidePort(), "hr").postForEntity("/api/v1/civil-servants",
                    request(Map.of("nip", NIP, "fullName", "Budi Santoso", "employmentType", "PNS", "rank", "III/a",
                            "workUnit", "Dinas Pendidikan", "position", "Analis Kebijakan")), Map.class);
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        }
    }

    private JejakLauncher.Running start() {
        return JejakLauncher.start("--server.port=0",
                "--jejak.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"),
                "--jejak.security.demo.password-cost=4");
    }

    private static List<Map<String, Object>> history(TestRestTemplate queries) {
        ResponseEntity<Map> response = queries.getForEntity("/api/v1/civil-servants/" + NIP + "/history", Map.class);
        return response.getStatusCode() == HttpStatus.OK ? (List<Map<String, Object>>) response.getBody().get("events")
                : List.of();
    }

    /** A client signed in as one of the demo users. */
    private static TestRestTemplate client(int port, String user) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
                .basicAuthentication(user, "demo"));
    }

    private static HttpEntity<Map<String, Object>> request(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
