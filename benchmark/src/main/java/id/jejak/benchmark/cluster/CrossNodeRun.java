package id.jejak.benchmark.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.benchmark.measure.Latencies;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Each person's career decided across the command nodes, every decision on a different node than the one before:
 * registered on one, evaluated on the next and the first, a training assigned on one and completed on the other, a
 * promotion proposed on one and granted on the other. Every command is valid, so any 4xx is a wrong refusal and any
 * 5xx a failure.
 */
public final class CrossNodeRun {

    /** The evaluating official, someone other than the people evaluated. */
    private static final String EVALUATOR = "197503122000031002";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the run sent and got back, with each command's time. */
    public record Result(int sent, int succeeded, int wronglyRefused, int failed, List<String> samples,
                         Latencies latencies, List<String> nips, double seconds) {

        public String summary() {
            return String.format("%d commands sent, %d 2xx, %d wrong 4xx, %d 5xx or no answer; p50 %.1f ms, "
                            + "p99 %.1f ms; %.0f commands/s", sent, succeeded, wronglyRefused, failed,
                    latencies.percentileMillis(0.50), latencies.percentileMillis(0.99), sent / seconds);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Integer> commandPorts;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger wronglyRefused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());

    private CrossNodeRun(List<Integer> commandPorts) {
        this.commandPorts = commandPorts;
    }

    /**
     * @param firstPerson the first person's number (1 to 9999): runs on one database take people of their own
     */
    public static Result run(List<Integer> commandPorts, int firstPerson, int persons, int clients)
            throws Exception {
        return new CrossNodeRun(commandPorts).run(firstPerson, persons, clients);
    }

    private Result run(int firstPerson, int persons, int clients) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Latencies> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> nips = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int person = firstPerson; person < firstPerson + persons; person++) {
            String nip = nip(person);
            nips.add(nip);
            int first = person % commandPorts.size();
            running.add(threads.submit(() -> {
                Latencies mine = new Latencies();
                decide(nip, first, mine);
                latencies.add(mine);
            }));
        }
        for (Future<?> task : running) {
            task.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        Latencies all = new Latencies();
        latencies.forEach(all::addAll);
        return new Result(sent.get(), succeeded.get(), wronglyRefused.get(), failed.get(), List.copyOf(samples), all,
                nips, seconds);
    }

    /** A valid NIP of its own for each person: born 1985-01-01 + days, appointed January 2010, a man. */
    public static String nip(int person) {
        return String.format("198501%02d2010011%03d", 1 + person / 1000, person % 1000);
    }

    private void decide(String nip, int first, Latencies latencies) {
        String person = "/api/v1/civil-servants/" + nip;
        post(first, "/api/v1/civil-servants", "hr", Map.of("nip", nip, "fullName", "Pegawai " + nip.substring(15),
                "employmentType", "PNS", "rank", "III/a", "rankSince", "2021-04-01", "education", "BACHELOR",
                "workUnit", "Dinas Sosial", "position", "Penyuluh Sosial", "effectiveDate", "2021-04-01"), latencies);
        for (int year : new int[]{2024, 2025}) {
            post(first + year, person + "/evaluations", "hr", Map.of("kind", "ANNUAL", "year", year,
                    "periodStart", year + "-01-01", "periodEnd", year + "-12-31", "evaluator", EVALUATOR,
                    "workResult", "AS_EXPECTED", "workBehaviour", "AS_EXPECTED"), latencies);
        }
        Map<?, ?> assigned = post(first, person + "/trainings", "hr", Map.of("title", "Pelatihan Teknis",
                "kind", "CLASSROOM", "organiser", "BPSDM", "plannedLessonHours", 24, "startDate", "2025-06-02"),
                latencies);
        if (assigned != null) {
            post(first + 1, person + "/trainings/" + assigned.get("trainingId") + "/completion", "hr",
                    Map.of("earnedLessonHours", 22, "completedOn", "2025-06-06", "certificateNumber", "S-" + nip),
                    latencies);
        }
        Map<?, ?> proposed = post(first, person + "/promotions", "hr",
                Map.of("targetRank", "III/b", "effectiveDate", "2026-04-01"), latencies);
        if (proposed != null) {
            post(first + 1, person + "/promotions/" + proposed.get("proposalId") + "/grant", "approver",
                    Map.of("decree", Map.of("number", "823/KP/2026", "date", "2026-03-20")), latencies);
        }
    }

    /** Sends one command to the node {@code node} (modulo the nodes); answers its body when it succeeded. */
    private Map<?, ?> post(int node, String path, String user, Map<String, Object> body, Latencies latencies) {
        int port = commandPorts.get(Math.floorMod(node, commandPorts.size()));
        sent.incrementAndGet();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - started);
            int status = response.statusCode();
            if (status / 100 == 2) {
                succeeded.incrementAndGet();
                return response.body().isEmpty() ? Map.of() : JSON.readValue(response.body(), Map.class);
            }
            (status / 100 == 4 ? wronglyRefused : failed).incrementAndGet();
            sample(status + " " + path.replaceAll("\\d{18}", "{nip}") + " " + response.body());
        } catch (IOException e) {
            failed.incrementAndGet();
            sample(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.incrementAndGet();
        }
        return null;
    }

    private void sample(String what) {
        if (samples.size() < 10) {
            samples.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }
}
