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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Day one at an agency, across both sides: records imported as history — a promotion two years after the rank
 * before it among them, which a live proposal could not have — are found in the directory, and the findings show the
 * promotion as the breach it was.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ImportedHistoryTest {

    private static final String NIP = "198203142008012007";

    @TempDir
    Path dataDirectory;

    @Test
    void importedHistoryIsFoundInTheDirectoryAndItsBreachesInTheFindings() {
        try (JejakLauncher.Running jejak = JejakLauncher.start("--server.port=0",
                "--jejak.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"),
                "--jejak.security.demo.password-cost=4")) {
            var admin = client(jejak.commandSidePort(), "admin");
            // NDJSON, as SIASN's web service answers, and CSV, as a spreadsheet is saved
            Map identity = imported(admin, "identity", "NDJSON", """
                    {"nipBaru":"%s","nama":"Sïti Nurhalizà","jenisPegawai":"PNS","golonganAwal":"III/a","tmtCpns":"2008-01-01","pendidikan":"MASTER","unorNama":"Dinas Kesehatan","jabatanNama":"Perawat"}
                    """.formatted(NIP));
            String ranks = """
                    nipBaru,golongan,tmtGolongan,skNomor,skTanggal
                    %s,III/b,2010-04-01,823/KP/2010,2010-03-20
                    """.formatted(NIP);
            Map rank = imported(admin, "rank-history", "CSV", ranks);

            assertThat(identity).containsEntry("recorded", 1);
            assertThat(rank).containsEntry("recorded", 1);
            assertThat(imported(admin, "rank-history", "CSV", ranks))
                    .containsEntry("recorded", 0).containsEntry("alreadyRecorded", 1);

            var inspector = client(jejak.querySidePort(), "inspector");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<Map> people = (List<Map>) inspector.getForObject("/api/v1/civil-servants?name=siti nurhaliza",
                        Map.class).get("people");
                assertThat(people).singleElement().satisfies(person -> assertThat(person)
                        .containsEntry("rank", "III/b").containsEntry("workUnit", "Dinas Kesehatan"));
                List<Map> findings = (List<Map>) inspector.getForObject(
                        "/api/v1/findings?ruleCode=PROMOTION_MIN_YEARS_IN_RANK&nip=" + NIP, Map.class)
                        .get("findings");
                assertThat(findings).hasSize(1);
            });
        }
    }

    private static Map imported(TestRestTemplate admin, String kind, String format, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> started = admin.postForEntity("/api/v1/imports", new HttpEntity<>(Map.of("kind", kind,
                "file", kind + "." + format.toLowerCase(), "format", format, "content", content), headers), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.getForObject(started.getHeaders().getLocation(), Map.class),
                view -> "DONE".equals(view.get("state")));
    }

    private static TestRestTemplate client(int port, String user) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
                .basicAuthentication(user, "demo"));
    }
}
