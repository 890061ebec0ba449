package id.jejak.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.benchmark.http.HttpConnection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The query side's projections: waiting until they have caught up with the store, and timing rebuilds of the whole
 * store — each projection alone through the admin API (reset, replay, caught up with the head the store had at the
 * reset), then all of them at once, reset and restarted together in-process (the admin API runs rebuilds one after
 * another).
 */
public final class Projections {

    private final ConfigurableApplicationContext querySide;
    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    public Projections(ConfigurableApplicationContext querySide, DataSource dataSource) {
        this.querySide = querySide;
        this.dataSource = dataSource;
    }

    public List<String> names() {
        return new ArrayList<>(new TreeSet<>(processing().eventProcessors().keySet()));
    }

    /** Waits until every projection has processed everything the store holds now; answers the seconds it took. */
    public double awaitCaughtUp(Duration timeout) throws InterruptedException {
        long head = head();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!names().stream().allMatch(name -> caughtUpWith(processor(name), head))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the projections did not catch up with " + head + " in " + timeout);
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Rebuilds each projection alone through the admin API, then all together; events per second of the store. */
    public Map<String, Object> rebuild(int port, String admin) throws Exception {
        long events = Database.count(dataSource, "select count(*) from eventstore.domain_event_entry");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", events);
        List<Map<String, Object>> each = new ArrayList<>();
        double sum = 0;
        try (HttpConnection http = new HttpConnection("localhost", port)) {
            for (String name : names()) {
                awaitCaughtUp(Duration.ofMinutes(30));
                long start = System.nanoTime();
                long cpu = Resources.cpuNanos();
                HttpConnection.Response started = http.post("/api/v1/admin/projections/" + name + "/rebuild",
                        admin, "{}");
                if (started.status() != 202) {
                    throw new IllegalStateException("rebuild of " + name + " answered " + started.status() + " "
                            + HttpCommands.abbreviate(started.body()));
                }
                JsonNode status;
                while (true) {
                    Thread.sleep(50);
                    status = json.readTree(http.get("/api/v1/admin/projections/" + name, admin)
                            .body());
                    JsonNode last = status.path("lastRebuild");
                    if (!"REBUILDING".equals(last.path("state").asText()) && !last.path("finishedAt").isMissingNode()
                            && !last.path("finishedAt").isNull()) {
                        break;
                    }
                }
                double wall = (System.nanoTime() - start) / 1e9;
                cpu = Resources.cpuNanos() - cpu;
                JsonNode last = status.path("lastRebuild");
                if (!"SERVING".equals(last.path("state").asText())) {
                    throw new IllegalStateException("rebuild of " + name + " ended " + last);
                }
                double seconds = Duration.between(Instant.parse(last.path("startedAt").asText()),
                        Instant.parse(last.path("finishedAt").asText())).toMillis() / 1000.0;
                sum += seconds;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("projection", name);
                entry.put("seconds", seconds);
                entry.put("wallSeconds", Loader.round(wall));
                entry.put("eventsPerSecond", Loader.round(events / seconds));
                entry.put("jvmCpuSeconds", Loader.round(cpu / 1e9));
                each.add(entry);
            }
        }
        result.put("each", each);
        result.put("oneAfterAnother", Map.of("seconds", Loader.round(sum), "eventsPerSecond", Loader.round(events / sum)));
        awaitCaughtUp(Duration.ofMinutes(30));
        long cpu = Resources.cpuNanos();
        String load = Resources.loadAverage();
        double together = allTogether();
        cpu = Resources.cpuNanos() - cpu;
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("seconds", Loader.round(together));
        all.put("eventsPerSecond", Loader.round(events / together));
        all.put("jvmCpuSeconds", Loader.round(cpu / 1e9));
        all.put("loadAverageAtStart", load);
        all.put("how", "every projection reset and restarted at once, in-process (the admin API rebuilds one at a time)");
        result.put("allTogether", all);
        return result;
    }

    private double allTogether() throws Exception {
        List<StreamingEventProcessor> processors = names().stream().map(this::processor).toList();
        long start = System.nanoTime();
        for (StreamingEventProcessor processor : processors) {
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
        }
        long head = head();
        processors.forEach(StreamingEventProcessor::resetTokens);
        processors.forEach(StreamingEventProcessor::start);
        while (!processors.stream().allMatch(processor -> caughtUpWith(processor, head))) {
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private long head() {
        return position(querySide.getBean(EventStore.class).createHeadToken());
    }

    private EventProcessingConfiguration processing() {
        return querySide.getBean(EventProcessingConfiguration.class);
    }

    private StreamingEventProcessor processor(String name) {
        return processing().eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private static boolean caughtUpWith(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(status -> status.isCaughtUp() && position(status.getTrackingToken()) >= head);
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
