package id.jejak.benchmark.measure;

import id.jejak.benchmark.Options;
import id.jejak.benchmark.http.HttpConnection;
import id.jejak.benchmark.http.TokenIssuer;
import id.jejak.launcher.JejakLauncher;
import org.springframework.core.env.Environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * What durability costs a command. The benchmark's database runs with fsync and synchronous commits off, for Jejak
 * and its baseline alike; the default run has both on, and PostgreSQL takes fsync only from its command line, so it
 * cannot be switched on a running server. So the same load — new registrations through HTTP, each one record's
 * first event — runs on the benchmark's Jejak, then on a second Jejak on an embedded PostgreSQL set up as
 * {@code ./run.sh} sets it up (a data directory of its own, fsync and synchronous commits on), in the same JVM and
 * the same run; and the raw baseline's single-row inserts run on both servers too.
 */
public final class Durability {

    private static final int FIRST_DURABLE_SEQUENCE = 500_000;

    private final Options options;
    private final TokenIssuer issuer;

    public Durability(Options options, TokenIssuer issuer) {
        this.options = options;
        this.issuer = issuer;
    }

    /**
     * @param throwAway the benchmark's own Jejak, still running
     * @param sideArgs  the arguments it was started with, less its database's
     */
    public Map<String, Object> compare(JejakLauncher.Running throwAway, List<String> sideArgs) throws Exception {
        Map<String, Object> comparison = new LinkedHashMap<>();
        System.out.println("Durability: registrations through HTTP with fsync off (the benchmark's database)…");
        comparison.put("fsyncOff", measure(throwAway, 0));
        Path data = Files.createTempDirectory("jejak-benchmark-durable");
        List<String> durableArgs = new ArrayList<>(sideArgs);
        durableArgs.add("--jejak.embedded-postgres.data-directory=" + data.resolve("postgres"));
        System.out.println("Durability: a second Jejak on a durable embedded PostgreSQL, the same load…");
        try (JejakLauncher.Running durable = JejakLauncher.start(durableArgs.toArray(String[]::new))) {
            comparison.put("fsyncOn", measure(durable, FIRST_DURABLE_SEQUENCE));
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
        comparison.put("commandsOnOverOff", Loader.round(figure(comparison, "fsyncOn", "commandsPerSecond")
                / figure(comparison, "fsyncOff", "commandsPerSecond")));
        comparison.put("rawInsertsOnOverOff", Loader.round(figure(comparison, "fsyncOn", "rawInserts", "rowsPerSecond")
                / figure(comparison, "fsyncOff", "rawInserts", "rowsPerSecond")));
        return comparison;
    }

    private static double figure(Map<?, ?> json, String... path) {
        Object value = json;
        for (String key : path) {
            value = ((Map<?, ?>) value).get(key);
        }
        return ((Number) value).doubleValue();
    }

    private Map<String, Object> measure(JejakLauncher.Running jejak, int firstSequence) throws Exception {
        DataSource database = jejak.commandSide().getBean(DataSource.class);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fsync", Database.text(database, "show fsync"));
        json.put("synchronousCommit", Database.text(database, "show synchronous_commit"));
        json.putAll(registrations(jejak.commandSidePort(), firstSequence));
        Environment environment = jejak.commandSide().getEnvironment();
        RawBaseline raw = new RawBaseline(database, environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        json.put("rawInserts", raw.inserts(8, options.rawInsertSeconds()));
        raw.dropTable();
        return json;
    }

    /** Closed-loop clients registering new people; the warm-up's answers are not counted. */
    private Map<String, Object> registrations(int port, int firstSequence) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(firstSequence);
        List<Latencies> all = Collections.synchronizedList(new ArrayList<>());
        Errors errors = new Errors();
        long[] window = new long[2];
        String hr = issuer.authorization("hr");
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            Thread client = new Thread(() -> {
                Latencies mine = new Latencies();
                try (HttpConnection http = new HttpConnection("localhost", port)) {
                    while (window[1] == 0 || System.nanoTime() < window[1]) {
                        HttpConnection.Response response = http.post("/api/v1/civil-servants", hr,
                                registration(next.getAndIncrement()));
                        long now = System.nanoTime();
                        if (window[0] != 0 && now >= window[0] && (window[1] == 0 || now < window[1])) {
                            if (response.ok()) {
                                mine.add(response.nanos());
                            } else {
                                errors.answered(response);
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.thrown(e);
                }
                all.add(mine);
            }, "benchmark-durability-" + c);
            client.setDaemon(true);
            clients.add(client);
        }
        clients.forEach(Thread::start);
        Thread.sleep(options.commandWarmupSeconds() * 1000L);
        window[1] = System.nanoTime() + options.commandSeconds() * 1_000_000_000L;
        window[0] = System.nanoTime();
        for (Thread client : clients) {
            client.join(options.commandSeconds() * 1000L + 60_000);
        }
        Latencies total = new Latencies();
        all.forEach(total::addAll);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commands", total.count());
        json.put("commandsPerSecond", Loader.round(total.count() / (double) options.commandSeconds()));
        json.put("latencyMs", total.summary());
        json.put("errors", errors.count());
        json.put("errorSamples", errors.samples());
        return json;
    }

    /**
     * A new PNS per sequence number, with a NIP that passes every check, different for any 336,000 numbers in a row:
     * born on one of 3,360 days of 1990–1999, appointed in December 2020, a woman, sequence 900–999. The agency's
     * people number theirs from 001 among those born the same day and appointed the same month, so they never reach
     * 900; with sequences from 001 a registration here took the NIP of one of them (409, counted as an error).
     */
    private static String registration(int sequence) {
        int day = sequence / 100;
        String nip = "%d%02d%02d2020122%03d".formatted(1990 + day / 336 % 10, day / 28 % 12 + 1, day % 28 + 1,
                900 + sequence % 100);
        return """
                {"nip":"%s","fullName":"Peserta Uji","employmentType":"PNS","rank":"III/a","workUnit":"Dinas Uji",
                 "position":"Analis","effectiveDate":"2021-01-04"}""".formatted(nip);
    }
}
