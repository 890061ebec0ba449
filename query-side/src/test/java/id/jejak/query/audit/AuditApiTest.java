package id.jejak.query.audit;

import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import id.jejak.verifier.Checkpoint;
import id.jejak.verifier.ExportHeader;
import id.jejak.verifier.ExportReader;
import id.jejak.verifier.LedgerEvent;
import id.jejak.verifier.LedgerKeys;
import id.jejak.verifier.Scope;
import id.jejak.verifier.VerificationReport;
import id.jejak.verifier.VerifierCli;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.jejak.query.audit.LedgerTamperingTest.assigned;
import static id.jejak.query.audit.LedgerTamperingTest.registered;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit endpoints on the query side's own store, which no test here tampers with. */
@QuerySideTest
@SuppressWarnings("unchecked")
class AuditApiTest {

    static final String NIP = "197803142003121004";

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
    CheckpointSealer sealer;

    @TempDir
    Path folder;

    private static boolean recorded;
    private static Instant between;

    @BeforeEach
    void record() throws InterruptedException {
        if (recorded) {
            return;
        }
        var events = new RecordedEvents(eventStore);
        events.append(registered(NIP), "hr.budi");
        events.append(assigned(NIP, "Latsar CPNS"), "hr.budi");
        Thread.sleep(5);
        between = Instant.now();
        Thread.sleep(5);
        events.append(assigned(NIP, "Pelatihan Kepemimpinan"), "hr.citra");
        sealer.sealNow();
        events.append(assigned(NIP, "Bimbingan Teknis"), "hr.citra");
        recorded = true;
    }

    @Test
    void theExportVerifiesWithTheOfflineVerifier() throws IOException {
        ResponseEntity<byte[]> response = http.getForEntity("/api/v1/audit/export", byte[].class);
        String publicKey = http.getForObject("/api/v1/audit/public-key", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/x-ndjson");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith("jejak-ledger-full-");
        String export = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(export.lines().findFirst().orElseThrow()).contains("\"scope\":\"full\"");
        assertThat(export).contains("{\"checkpoint\":{\"sequence\":1,").contains("\"aggregateIdentifier\":\"" + NIP);

        var out = new ByteArrayOutputStream();
        int exit = VerifierCli.run(new String[]{
                "--export", Files.write(folder.resolve("export.ndjson"), response.getBody()).toString(),
                "--public-key", Files.writeString(folder.resolve("ledger.pub"), publicKey).toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith("VERIFIED:");
    }

    @Test
    void onePersonsExportHoldsTheirRecordOnlyAndVerifiesLinkByLink() throws IOException {
        byte[] export = http.getForObject("/api/v1/audit/export?nip={nip}", byte[].class, NIP);
        List<String> streams = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        ExportReader.read(new ByteArrayInputStream(export), new ExportReader.Visitor() {
            public void header(ExportHeader header) {
                assertThat(header.scope()).isEqualTo(Scope.PERSON);
                assertThat(header.nip()).isEqualTo(NIP);
            }

            public void event(LedgerEvent event) {
                streams.add(event.aggregateIdentifier());
            }

            public void checkpoint(Checkpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        });

        assertThat(streams).hasSize(4).containsOnly(NIP);
        assertThat(checkpoints).isNotEmpty().allSatisfy(checkpoint -> assertThat(checkpoint.interval())
                .as("no list of everyone's streams in one person's export").isNull());
        VerificationReport report = VerifierCli.verify(new ByteArrayInputStream(export), List.of(publicKey()),
                List.of());
        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.scope()).isEqualTo(Scope.PERSON);
    }

    @Test
    void aPeriodsExportHoldsTheEventsRecordedInIt() throws IOException {
        byte[] export = http.getForObject("/api/v1/audit/export?nip={nip}&from={from}", byte[].class, NIP,
                between.toString());

        VerificationReport report = VerifierCli.verify(new ByteArrayInputStream(export), List.of(publicKey()),
                List.of());
        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.events()).isEqualTo(2);
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAnUnknownPersonIsRefused() {
        var period = http.getForEntity("/api/v1/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                Map.class);
        var unknown = http.getForEntity("/api/v1/audit/export?nip=196502021990031005", Map.class);
        var malformed = http.getForEntity("/api/v1/audit/export?nip=12345", Map.class);

        assertThat(period.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(period.getBody()).containsEntry("code", "AUDIT_PERIOD_INVALID");
        assertThat((String) period.getBody().get("detail")).startsWith("Periode harus berakhir");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_FOUND");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).containsEntry("code", "NIP_FORMAT");
    }

    @Test
    void checkpointsAreListedAndEachCanBeKeptToProveLaterThatNothingBeforeItChanged() throws IOException {
        Map<String, Object> page = http.getForObject("/api/v1/audit/checkpoints", Map.class);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) page.get("checkpoints");
        String kept = http.getForObject("/api/v1/audit/checkpoints/{sequence}", String.class,
                listed.get(0).get("sequence"));
        sealer.sealNow();
        byte[] export = http.getForObject("/api/v1/audit/export", byte[].class);

        assertThat(listed).isNotEmpty();
        assertThat(listed.get(0)).containsEntry("sequence", 1).containsKeys("upToGlobalIndex", "treeSize",
                "merkleRoot", "previousRoot", "intervalDigest", "signedAt", "keyId", "signature");
        assertThat(page).containsEntry("keyId", listed.get(0).get("keyId"));
        assertThat(kept).startsWith("{\"checkpoint\":{\"sequence\":1,").contains("\"heads\":[");
        Checkpoint checkpoint = ExportReader.readCheckpoint(new ByteArrayInputStream(
                kept.getBytes(StandardCharsets.UTF_8)));
        VerificationReport report = VerifierCli.verify(new ByteArrayInputStream(export), List.of(publicKey()),
                List.of(checkpoint));
        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.keptCheckpoints()).isEqualTo(1);
    }

    @Test
    void anUnknownCheckpointIsNotFoundInEitherLanguage() {
        var indonesian = http.getForEntity("/api/v1/audit/checkpoints/999999", Map.class);
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        var english = http.exchange("/api/v1/audit/checkpoints/999999", HttpMethod.GET, new HttpEntity<>(headers),
                Map.class);

        assertThat(indonesian.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(indonesian.getBody()).containsEntry("code", "CHECKPOINT_NOT_FOUND")
                .containsEntry("detail", "Tidak ada titik segel (checkpoint) nomor 999999");
        assertThat(english.getBody()).containsEntry("detail", "There is no checkpoint 999999");
    }

    @Test
    void theLiveStoreVerifies() {
        Map<String, Object> report = http.getForObject("/api/v1/audit/verification", Map.class);

        assertThat(report).containsEntry("status", "VERIFIED").containsEntry("scope", "full")
                .containsEntry("breaks", 0).containsKey("verifiedAt");
        assertThat((String) report.get("summary")).startsWith("Buku besar utuh:");
        assertThat((Integer) report.get("checkpointsVerified")).isPositive();
        assertThat(report.get("checkpointsVerified")).isEqualTo(report.get("checkpoints"));
    }

    private PublicKey publicKey() {
        return LedgerKeys.publicKey(http.getForObject("/api/v1/audit/public-key", String.class));
    }
}
