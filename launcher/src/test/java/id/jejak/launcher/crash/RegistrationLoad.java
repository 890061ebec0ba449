package id.jejak.launcher.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Clients registering new civil servants as a careful HR system would: each registration under an
 * {@code Idempotency-Key} of its own, sent again with the same key after a 503, a 409 {@code IDEMPOTENCY_KEY_IN_USE}
 * or a lost connection, until it is answered. What the server acknowledged (201, or 409 for a registration it had
 * recorded under that key before) is kept, to be looked for in the store afterwards; every other answer is counted.
 */
final class RegistrationLoad {

    /** An answer other than an acknowledgement, by status and code, and when it came. */
    record Refusal(int status, String code, Instant at) {
    }

    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("hr:demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final IntSupplier commandPort;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Refusal> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger lostConnections = new AtomicInteger();
    private final AtomicInteger next;
    private final List<Thread> clients = new java.util.ArrayList<>();
    private volatile boolean running = true;

    /** @param firstSequence where this run's NIPs start, so that runs on one store never collide */
    RegistrationLoad(IntSupplier commandPort, int firstSequence) {
        this.commandPort = commandPort;
        this.next = new AtomicInteger(firstSequence);
    }

    void start(int clientCount) {
        for (int i = 0; i < clientCount; i++) {
            Thread client = new Thread(this::registerUntilStopped, "registration-client-" + i);
            client.setDaemon(true);
            client.start();
            clients.add(client);
        }
    }

    /** Stops sending new registrations; one in flight is still sent until it is answered, for a bounded time. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(90).toMillis());
        }
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    int lostConnections() {
        return lostConnections.get();
    }

    private void registerUntilStopped() {
        while (running) {
            String nip = nip(next.getAndIncrement());
            String key = UUID.randomUUID().toString();
            Instant giveUp = Instant.now().plusSeconds(90);
            while (Instant.now().isBefore(giveUp)) {
                int status = send(nip, key);
                if (status == 201 || lastCode.get().equals("IDEMPOTENCY_KEY_ALREADY_RECORDED")) {
                    acknowledged.add(nip);
                    break;
                }
                boolean sendAgain = status == -1 || status == 503
                        || lastCode.get().equals("IDEMPOTENCY_KEY_IN_USE");
                if (!sendAgain) {
                    break;
                }
                pause();
            }
        }
    }

    private final ThreadLocal<String> lastCode = ThreadLocal.withInitial(() -> "");

    private int send(String nip, String key) {
        String body = """
                {"nip":"%s","fullName":"Rahmawati Crashtest","employmentType":"PNS","rank":"III/a",
                 "workUnit":"Dinas Pendidikan","position":"Analis","effectiveDate":"2020-01-02"}""".formatted(nip);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + commandPort.getAsInt()
                        + "/api/v1/civil-servants"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", AUTHORIZATION)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String code = codeOf(response.body());
            lastCode.set(code);
            if (response.statusCode() != 201) {
                refusals.add(new Refusal(response.statusCode(), code, Instant.now()));
            }
            return response.statusCode();
        } catch (IOException lost) {
            lostConnections.incrementAndGet();
            lastCode.set("");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String codeOf(String body) {
        int at = body.indexOf("\"code\":\"");
        return at < 0 ? "" : body.substring(at + 8, body.indexOf('"', at + 8));
    }

    /**
     * A valid NIP per sequence number: born on one of 28 days of 1990, appointed in January 2015, male, with a
     * sequence of 1 to 999 — some 28,000 distinct people.
     */
    static String nip(int sequence) {
        int day = sequence / 999 % 28 + 1;
        return "199001%02d2015011%03d".formatted(day, sequence % 999 + 1);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
