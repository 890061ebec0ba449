package id.jejak.query.admin;

import id.jejak.platform.web.NotFoundException;
import id.jejak.platform.web.TemporarilyUnavailableException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection from the first event: shut its processor down, reset its tokens (which runs its
 * {@code @ResetHandler}), start it, and wait until it has caught up with the store. Until then its readers are told
 * to come back later rather than given a half-built answer.
 */
@Service
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** How a rebuild went, or goes. */
    public record Rebuild(String projection, String state, Instant startedAt, Instant finishedAt, String error) {
    }

    /** A projection's processor and where it stands against the head of the store. */
    public record ProjectionStatus(String projection, String state, long position, long head, boolean replaying,
                                   boolean caughtUp, Rebuild lastRebuild) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Refuses the read while the projections it needs are being rebuilt. */
    public void requireServing(String... projections) {
        for (String projection : projections) {
            Rebuild rebuild = rebuilds.get(projection);
            if (rebuild != null && "REBUILDING".equals(rebuild.state())) {
                throw new TemporarilyUnavailableException("PROJECTION_REBUILDING",
                        "the {projection} read model is being rebuilt", Map.of("projection", projection),
                        RETRY_AFTER);
            }
        }
    }

    public List<ProjectionStatus> statuses() {
        return processing.eventProcessors().keySet().stream().sorted().map(this::status).toList();
    }

    public ProjectionStatus status(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .mapToLong(ProjectionRebuilds::position)
                .min().orElse(0);
        Rebuild rebuild = rebuilds.get(projection);
        return new ProjectionStatus(projection, rebuild == null ? "SERVING" : rebuild.state(), position,
                position(eventStore.createHeadToken()),
                segments.values().stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp), rebuild);
    }

    /** Starts a rebuild in the background; its progress shows in {@link #status(String)}. */
    public synchronized Rebuild rebuild(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Rebuild running = rebuilds.get(projection);
        if (running != null && "REBUILDING".equals(running.state())) {
            return running;
        }
        Rebuild started = new Rebuild(projection, "REBUILDING", clock.instant(), null, null);
        rebuilds.put(projection, started);
        executor.submit(() -> run(projection, processor, started));
        return started;
    }

    private void run(String projection, StreamingEventProcessor processor, Rebuild started) {
        try {
            log.info("Rebuilding projection {}", projection);
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
            long head = position(eventStore.createHeadToken());
            processor.resetTokens();
            processor.start();
            while (!caughtUpWith(processor, head)) {
                Thread.sleep(100);
            }
            rebuilds.put(projection, new Rebuild(projection, "SERVING", started.startedAt(), clock.instant(), null));
            log.info("Projection {} rebuilt", projection);
        } catch (Exception e) {
            log.error("Rebuilding projection {} failed", projection, e);
            rebuilds.put(projection, new Rebuild(projection, "FAILED", started.startedAt(), clock.instant(),
                    e.getClass().getSimpleName()));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether every segment has processed up to the head the store had at the reset. Axon's replay flag stays up
     * until an event after that head arrives, so it cannot tell when a rebuild of a quiet store is done.
     */
    private static boolean caughtUpWith(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(status -> status.isCaughtUp() && position(status.getTrackingToken()) >= head);
    }

    private StreamingEventProcessor processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("PROJECTION_NOT_FOUND", "no projection is called {projection}",
                        Map.of("projection", projection)));
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
