package id.jejak.launcher.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jejak killed for real under load, as a host's OOM killer or a power-cut test would: the JVM with {@code kill -9}
 * (its embedded PostgreSQL left running), then the database's postmaster with {@code kill -9} under the running
 * JVM, in turns. It must come back by itself each time, every registration it acknowledged must be in the store,
 * clients must only ever be told to send again (503, or 409 while a key is held), and its log must hold no personal
 * data. A third kind of round freezes the whole database (SIGSTOP) for some seconds: commands, reads and health must
 * answer 503 within about two seconds, and all must recover once it thaws. {@code -Djejak.crash.rounds=N} runs more
 * rounds (three by default: one of each kind); the figures are printed.
 */
class CrashRecoveryTest {

    private static final int CLIENTS = 4;

    @TempDir
    Path temporary;

    @Test
    void killedProcessesComeBackByThemselvesAndLoseNothingAcknowledged() throws Exception {
        int rounds = Integer.getInteger("jejak.crash.rounds", 3);
        Path dataDirectory = temporary.resolve("postgres");
        Path log = temporary.resolve("jejak.log");
        AtomicReference<ChildJejak> jejak = new AtomicReference<>(ChildJejak.start(dataDirectory, log));
        RegistrationLoad load = new RegistrationLoad(() -> jejak.get().commandPort, 1);
        List<String> figures = new ArrayList<>();
        try {
            load.start(CLIENTS);
            for (int round = 1; round <= rounds; round++) {
                awaitAcknowledgements(load, load.acknowledged().size() + 20, Duration.ofSeconds(60));
                if (round % 3 == 0) {
                    figures.add("round %d: database frozen; %s".formatted(round, frozen(jejak.get(), load)));
                } else if (round % 3 == 1) {
                    long postmaster = jejak.get().postmasterPid();
                    jejak.get().killJvm();
                    ChildJejak restarted = ChildJejak.start(dataDirectory, log);
                    jejak.set(restarted);
                    assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                            .as("the orphaned postmaster was stopped").isFalse();
                    figures.add("round %d: JVM killed, started again in %.1f s".formatted(round,
                            restarted.startedIn.toMillis() / 1000.0));
                } else {
                    Instant killed = Instant.now();
                    int before = load.acknowledged().size();
                    jejak.get().killPostmaster();
                    Instant recovered = awaitAcknowledgements(load, before + CLIENTS, Duration.ofSeconds(60));
                    Instant first503 = load.refusals().stream().filter(refusal -> refusal.status() == 503)
                            .map(RegistrationLoad.Refusal::at).filter(at -> !at.isBefore(killed)).min(Instant::compareTo)
                            .orElse(null);
                    assertThat(jejak.get().alive()).as("the JVM outlived its database").isTrue();
                    figures.add(("round %d: postmaster killed, first 503 after %s s, registrations acknowledged "
                            + "again after %.1f s").formatted(round, first503 == null ? "-"
                            : "%.1f".formatted(Duration.between(killed, first503).toMillis() / 1000.0),
                            Duration.between(killed, recovered).toMillis() / 1000.0));
                }
            }
            awaitAcknowledgements(load, load.acknowledged().size() + 20, Duration.ofSeconds(60));
        } finally {
            load.stop();
        }

        Set<String> acknowledged = load.acknowledged();
        Set<String> found = registered(jejak.get().databaseUrl, acknowledged);
        jejak.get().close();
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(found);
        figures.forEach(System.out::println);
        System.out.printf("crash rounds %d: acknowledged %d, found %d, lost %d; answers other than 201: %s; "
                        + "connections lost %d%n", rounds, acknowledged.size(), found.size(), lost.size(),
                summary(load.refusals()), load.lostConnections());

        assertThat(lost).as("acknowledged registrations missing from the store").isEmpty();
        assertThat(load.refusals()).as("every answer but a 201 told the client to send again")
                .allSatisfy(refusal -> assertThat(refusal.status() == 503
                        || refusal.code().equals("IDEMPOTENCY_KEY_IN_USE")
                        || refusal.code().equals("IDEMPOTENCY_KEY_ALREADY_RECORDED"))
                        .as("%s", refusal).isTrue());
        String logged = Files.readString(log);
        assertThat(logged).as("the log names nobody").doesNotContain("Rahmawati", "Crashtest");
        assertThat(acknowledged).as("the log holds no NIP").allSatisfy(nip -> assertThat(logged).doesNotContain(nip));
    }

    /**
     * Freezes the database for {@link #FROZEN}, asks a command, a read and both healths while it is frozen, and
     * awaits new acknowledgements after it thaws; answers the figures.
     */
    private static String frozen(ChildJejak jejak, RegistrationLoad load) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        List<Long> database = jejak.freezeDatabase();
        List<String> answers = new ArrayList<>();
        Instant thawed;
        try {
            Thread.sleep(500);
            for (var probe : List.of(
                    probe(jejak.commandPort, "POST", "/api/v1/civil-servants", RegistrationLoad.nip(27_000)),
                    probe(jejak.queryPort, "GET", "/api/v1/civil-servants/" + RegistrationLoad.nip(1), null),
                    probe(jejak.commandPort, "GET", "/actuator/health", null),
                    probe(jejak.queryPort, "GET", "/actuator/health", null))) {
                long started = System.nanoTime();
                var response = http.send(probe, java.net.http.HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - started) / 1e9;
                answers.add("%s %s %d in %.2f s".formatted(probe.method(), probe.uri().getPath(),
                        response.statusCode(), seconds));
                assertThat(response.statusCode()).as("%s while the database is frozen", probe.uri()).isEqualTo(503);
                assertThat(seconds).as("%s answered within the bound", probe.uri()).isLessThan(4.0);
                if (probe.uri().getPath().startsWith("/api")) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    assertThat(response.body()).contains("STORE_UNAVAILABLE");
                }
            }
            Thread.sleep(Math.max(0, FROZEN.toMillis() - 2_000));
        } finally {
            jejak.thaw(database);
            thawed = Instant.now();
        }
        int before = load.acknowledged().size();
        Instant recovered = awaitAcknowledgements(load, before + CLIENTS, Duration.ofSeconds(60));
        return String.join("; ", answers) + "; registrations acknowledged again %.1f s after the thaw"
                .formatted(Duration.between(thawed, recovered).toMillis() / 1000.0);
    }

    private static final Duration FROZEN = Duration.ofSeconds(10);

    private static java.net.http.HttpRequest probe(int port, String method, String path, String nip) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("hr:demo".getBytes()));
        return nip == null ? request.GET().build() : request.header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"nip":"%s","fullName":"Rahmawati Crashtest","employmentType":"PNS","rank":"III/a",
                         "workUnit":"Dinas Pendidikan","position":"Analis","effectiveDate":"2020-01-02"}""".formatted(nip)))
                .build();
    }

    private static Instant awaitAcknowledgements(RegistrationLoad load, int count, Duration atMost)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (load.acknowledged().size() < count) {
            assertThat(Instant.now()).as("%d registrations acknowledged in time", count).isBefore(deadline);
            Thread.sleep(50);
        }
        return Instant.now();
    }

    private static Set<String> registered(String databaseUrl, Set<String> nips) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "");
             var statement = connection.prepareStatement("""
                     select aggregate_identifier from eventstore.domain_event_entry
                     where sequence_number = 0 and aggregate_identifier = any (?)""")) {
            statement.setArray(1, connection.createArrayOf("text", nips.toArray()));
            Set<String> found = new HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    private static String summary(List<RegistrationLoad.Refusal> refusals) {
        var counts = new java.util.TreeMap<String, Integer>();
        refusals.forEach(refusal -> counts.merge(refusal.status() + " " + refusal.code(), 1, Integer::sum));
        return counts.toString();
    }
}
