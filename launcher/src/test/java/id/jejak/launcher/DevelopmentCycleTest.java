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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The development cycle across both sides in one process, as the run command starts them: a need, a plan proposed by
 * HR and approved by another official, a completed training realising an item, and the query side's report of the
 * plan against its realisation built from those events.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class DevelopmentCycleTest {

    private static final String ANI = "198703152012012002";
    private static final String BUDI = "198609262015051001";
    private static final UUID ITEM = UUID.fromString("5a0e6c1d-2b3f-4e8a-9c7d-1f2e3a4b5c6d");

    @TempDir
    Path dataDirectory;

    @Test
    void aPlanApprovedAndPartlyCarriedOutIsReportedAgainstItsRealisation() {
        try (JejakLauncher.Running jejak = JejakLauncher.start("--server.port=0",
                "--jejak.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"),
                "--jejak.security.demo.password-cost=4")) {
            var hr = client(jejak.commandSidePort(), "hr");
            for (String nip : List.of(ANI, BUDI)) {
                assertCreated(hr.postForEntity("/api/v1/civil-servants", json(Map.of("nip", nip,
                        "fullName", "Pegawai " + nip.substring(15), "employmentType", "PNS", "rank", "III/a",
                        "workUnit", "Dinas Pendidikan", "position", "Analis", "effectiveDate", "2020-01-02")),
                        Map.class));
            }
            String training = (String) assertCreated(hr.postForEntity("/api/v1/civil-servants/" + ANI
                    + "/trainings", json(Map.of("title", "Pelatihan Analisis Data", "kind", "CLASSROOM",
                    "organiser", "BPSDM Provinsi", "plannedLessonHours", 24, "startDate", "2025-03-02")), Map.class))
                    .get("trainingId");
            assertCreated(hr.postForEntity("/api/v1/civil-servants/" + ANI + "/trainings/" + training
                    + "/completion", json(Map.of("earnedLessonHours", 22, "completedOn", "2025-03-06")), Map.class));
            String need = (String) assertCreated(hr.postForEntity("/api/v1/development-needs", json(Map.of(
                    "unit", "DISDIK", "nips", List.of(ANI, BUDI), "source", "COMPETENCY_GAP",
                    "category", "TECHNICAL", "competency", "Analisis data", "currentLevel", 2, "requiredLevel", 3,
                    "description", "analisis data untuk perencanaan", "identifiedOn", "2025-01-10")), Map.class))
                    .get("needId");
            String plan = "/api/v1/development-plans/DISDIK/2025";
            assertCreated(hr.postForEntity(plan, json(Map.of("items", List.of(Map.of("itemId", ITEM,
                    "needIds", List.of(need), "nips", List.of(ANI, BUDI), "category", "TECHNICAL",
                    "form", "CLASSROOM", "title", "Pelatihan Analisis Data", "plannedLessonHours", 24,
                    "quarter", 1, "estimatedCost", 7000000)))), Map.class));
            assertCreated(client(jejak.commandSidePort(), "approver").postForEntity(plan + "/approval",
                    json(Map.of("approvedOn", "2025-01-20")), Map.class));
            assertCreated(hr.postForEntity(plan + "/realisations", json(Map.of("itemId", ITEM, "nip", ANI,
                    "kind", "TRAINING", "developmentId", training, "cost", 3500000)), Map.class));

            var reports = client(jejak.querySidePort(), "hr");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map report = reports.getForObject("/api/v1/reports/development-plan?unit=DISDIK&year=2025",
                        Map.class);
                assertThat(report).containsEntry("versionInForce", 1);
                assertThat((Map) report.get("totals")).containsEntry("items", 1).containsEntry("itemsDone", 0)
                        .containsEntry("plannedJp", 48).containsEntry("earnedJp", 22).containsEntry("people", 2)
                        .containsEntry("peopleCovered", 1).containsEntry("estimatedCost", 7000000.0)
                        .containsEntry("actualCost", 3500000.0);
                assertThat((List<Map>) report.get("atRisk")).extracting(person -> person.get("nip"))
                        .containsExactly(BUDI);
            });
        }
    }

    private static Map assertCreated(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** A client signed in as one of the demo users. */
    private static TestRestTemplate client(int port, String user) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
                .basicAuthentication(user, "demo"));
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
