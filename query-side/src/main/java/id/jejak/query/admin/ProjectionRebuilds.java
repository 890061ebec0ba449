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
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection from the first event: shut its processor down, reset its tokens (which runs its
 * {@code @ResetHandler}), start it, and wait until it has caught up with the store. Until then its readers are told
 * to come back later rather than given a half-built answer; after a failure, until a rebuild succeeds. Each rebuild
 * is kept in {@code projection_rebuild}, so a restart neither forgets a failure nor serves a replay it cut short.
 */
@Service
public class ProjectionRebuilds implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final String REBUILDING = "REBUILDING";
    private static final String SERVING = "SERVING";
    private static final String FAILED = "FAILED";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** A failed rebuild is not over by itself: someone has to look at the log and rebuild again. */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

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
    private final JdbcClient jdbc;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
                       JdbcClient jdbc) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The rebuilds as the last run left them. One cut short by a stop had reset its tokens: its processor goes on
     * replaying from them as it starts, and its readers wait until it reaches the head it had at the reset.
     */
    @Override
    public void afterPropertiesSet() {
        jdbc.sql("select * from projection_rebuild").query((RowCallbackHandler) row -> {
            Rebuild rebuild = new Rebuild(row.getString("projection"), row.getString("state"),
                    row.getObject("started_at", OffsetDateTime.class).toInstant(),
                    instant(row.getObject("finished_at", OffsetDateTime.class)), row.getString("error"));
            rebuilds.put(rebuild.projection(), rebuild);
            long head = row.getLong("head");
            if (REBUILDING.equals(rebuild.state())) {
                processing.eventProcessor(rebuild.projection(), StreamingEventProcessor.class).ifPresent(processor -> {
                    log.info("Projection {} was being rebuilt; its readers wait until it reaches {}",
                            rebuild.projection(), head);
                    executor.submit(() -> finish(rebuild, processor, head));
                });
            }
        });
    }

    /** Refuses the read while the projections it needs are being rebuilt, or are left half-built by a failure. */
    public void requireServing(String... projections) {
        for (String projection : projections) {
            Rebuild rebuild = rebuilds.get(projection);
            if (rebuild != null && REBUILDING.equals(rebuild.state())) {
                throw new TemporarilyUnavailableException("PROJECTION_REBUILDING",
                        "the {projection} read model is being rebuilt", Map.of("projection", projection),
                        RETRY_AFTER);
            }
            if (rebuild != null && FAILED.equals(rebuild.state())) {
                throw new TemporarilyUnavailableException("PROJECTION_REBUILD_FAILED",
                        "the {projection} read model could not be rebuilt and may be incomplete",
                        Map.of("projection", projection), RETRY_AFTER_FAILURE);
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
        return new ProjectionStatus(projection, rebuild == null ? SERVING : rebuild.state(), position,
                position(eventStore.createHeadToken()),
                segments.values().stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp), rebuild);
    }

    /** Starts a rebuild in the background; its progress shows in {@link #status(String)}. */
    public synchronized Rebuild rebuild(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Rebuild running = rebuilds.get(projection);
        if (running != null && REBUILDING.equals(running.state())) {
            return running;
        }
        Rebuild started = new Rebuild(projection, REBUILDING, clock.instant(), null, null);
        rebuilds.put(projection, started);
        executor.submit(() -> run(projection, processor, started));
        return started;
    }

    private void run(String projection, StreamingEventProcessor processor, Rebuild started) {
        Long head = null;
        try {
            log.info("Rebuilding projection {}", projection);
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
            head = position(eventStore.createHeadToken());
            // kept before the reset: from the reset on, a restart must wait for this head too
            save(started, head);
            processor.resetTokens();
            processor.start();
        } catch (InterruptedException e) {
            log.warn("Rebuilding projection {} was interrupted before its replay began", projection);
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            log.error("Rebuilding projection {} failed", projection, e);
            save(new Rebuild(projection, FAILED, started.startedAt(), clock.instant(), e.getClass().getSimpleName()),
                    head);
            return;
        }
        finish(started, processor, head);
    }

    /** Waits for the replay to reach the head; a stop cuts it short, and the next start waits again. */
    private void finish(Rebuild started, StreamingEventProcessor processor, long head) {
        try {
            while (!caughtUpWith(processor, head)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            log.info("Stopped while projection {} replays; the next start waits for it", started.projection());
            Thread.currentThread().interrupt();
            return;
        }
        save(new Rebuild(started.projection(), SERVING, started.startedAt(), clock.instant(), null), head);
        log.info("Projection {} rebuilt", started.projection());
    }

    private void save(Rebuild rebuild, Long head) {
        rebuilds.put(rebuild.projection(), rebuild);
        jdbc.sql("""
                        insert into projection_rebuild (projection, state, head, started_at, finished_at, error)
                        values (:projection, :state, :head, :startedAt, :finishedAt, :error)
                        on conflict (projection) do update
                            set state = excluded.state, head = excluded.head, started_at = excluded.started_at,
                                finished_at = excluded.finished_at, error = excluded.error""")
                .param("projection", rebuild.projection())
                .param("state", rebuild.state())
                .param("head", head)
                .param("startedAt", rebuild.startedAt().atOffset(ZoneOffset.UTC))
                .param("finishedAt", rebuild.finishedAt() == null ? null
                        : rebuild.finishedAt().atOffset(ZoneOffset.UTC))
                .param("error", rebuild.error())
                .update();
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

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
