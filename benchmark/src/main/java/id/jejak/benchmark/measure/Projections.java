package id.jejak.benchmark.measure;

import id.jejak.benchmark.http.HttpConnection;
import id.jejak.query.admin.ProjectionRebuilds;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The query side's projections: waiting until they have caught up with the store, and timing rebuilds of the whole
 * store through the admin API, timed by the query side's own start and finish — each projection alone, then every one
 * of them in one pass.
 */
public final class Projections {

    private final ConfigurableApplicationContext querySide;
    private final DataSource dataSource;

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
        ProjectionRebuilds rebuilds = querySide.getBean(ProjectionRebuilds.class);
        double sum = 0;
        try (HttpConnection http = new HttpConnection("localhost", port)) {
            for (String name : names()) {
                awaitCaughtUp(Duration.ofMinutes(30));
                long start = System.nanoTime();
                long cpu = Resources.cpuNanos();
                // started through the admin API, watched in-process: polling the API would take some of the CPU the
                // rebuild is measured on
                HttpConnection.Response started = http.post("/api/v1/admin/projections/" + name + "/rebuild",
                        admin, "{}");
                if (started.status() != 202) {
                    throw new IllegalStateException("rebuild of " + name + " answered " + started.status() + " "
                            + HttpCommands.abbreviate(started.body()));
                }
                ProjectionRebuilds.Rebuild last;
                do {
                    Thread.sleep(50);
                    last = rebuilds.status(name).lastRebuild();
                } while (last.finishedAt() == null);
                double wall = (System.nanoTime() - start) / 1e9;
                cpu = Resources.cpuNanos() - cpu;
                if (!"SERVING".equals(last.state())) {
                    throw new IllegalStateException("rebuild of " + name + " ended " + last);
                }
                double seconds = Duration.between(last.startedAt(), last.finishedAt()).toMillis() / 1000.0;
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
        List<ProjectionRebuilds.Rebuild> together = allTogether(port, admin, rebuilds);
        cpu = Resources.cpuNanos() - cpu;
        double seconds = together.stream().mapToDouble(rebuild ->
                Duration.between(rebuild.startedAt(), rebuild.finishedAt()).toMillis() / 1000.0).max().orElseThrow();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("seconds", Loader.round(seconds));
        all.put("eventsPerSecond", Loader.round(events / seconds));
        all.put("jvmCpuSeconds", Loader.round(cpu / 1e9));
        all.put("loadAverageAtStart", load);
        all.put("how", "POST /api/v1/admin/projections/rebuild: one pass over the store for every projection");
        result.put("allTogether", all);
        return result;
    }

    /** Every projection rebuilt in one pass through the admin API, watched in-process until each has finished. */
    private List<ProjectionRebuilds.Rebuild> allTogether(int port, String admin, ProjectionRebuilds rebuilds)
            throws Exception {
        try (HttpConnection http = new HttpConnection("localhost", port)) {
            HttpConnection.Response started = http.post("/api/v1/admin/projections/rebuild", admin, "{}");
            if (started.status() != 202) {
                throw new IllegalStateException("rebuild of every projection answered " + started.status() + " "
                        + HttpCommands.abbreviate(started.body()));
            }
        }
        List<ProjectionRebuilds.Rebuild> last;
        do {
            Thread.sleep(50);
            last = rebuilds.statuses().stream().map(ProjectionRebuilds.ProjectionStatus::lastRebuild).toList();
        } while (last.stream().anyMatch(rebuild -> rebuild == null || rebuild.finishedAt() == null));
        for (ProjectionRebuilds.Rebuild rebuild : last) {
            if (!"SERVING".equals(rebuild.state())) {
                throw new IllegalStateException("rebuild of every projection ended " + rebuild);
            }
        }
        return last;
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
