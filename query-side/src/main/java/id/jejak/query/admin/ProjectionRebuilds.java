package id.jejak.query.admin;

import id.jejak.platform.web.NotFoundException;
import id.jejak.platform.web.TemporarilyUnavailableException;
import id.jejak.query.nodes.QueryNodes;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection from the first event, on every query node at once: each node stops its processor for the
 * projection, one of them resets the tokens (which runs the projection's {@code @ResetHandler}) once no node holds a
 * claim on them, and all start again and replay, sharing the segments as usual. Until the replay has reached the head
 * the store had at the reset, the projection's readers are told to come back later rather than given a half-built
 * answer; after a failure, until a rebuild succeeds. The rebuild's state lives in {@code projection_rebuild}, the
 * replay's progress in the token table, so every node answers the same, a restart forgets nothing, and a node that
 * holds no token can ask for a rebuild as well as one that holds them all. Each node takes its part after every
 * heartbeat ({@link QueryNodes}), and at once on the node that was asked.
 */
@Service
public class ProjectionRebuilds implements DisposableBean, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    static final String REBUILDING = "REBUILDING";
    private static final String SERVING = "SERVING";
    private static final String FAILED = "FAILED";
    private static final String STOPPING = "STOPPING";
    private static final String RESETTING = "RESETTING";
    private static final String REPLAYING = "REPLAYING";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** A failed rebuild is not over by itself: someone has to look at the log and rebuild again. */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    /** How a rebuild went, or goes. */
    public record Rebuild(String projection, String state, Instant startedAt, Instant finishedAt, String error) {
    }

    /** A projection's processor and where it stands against the head of the store, over all nodes. */
    public record ProjectionStatus(String projection, String state, long position, long head, boolean replaying,
                                   boolean caughtUp, Rebuild lastRebuild) {

        /** How far through the store the projection is, from 0 to 1. */
        public double progress() {
            return head <= 0 ? 1 : Math.min(1, (double) position / head);
        }
    }

    /** A rebuild as the database keeps it. */
    private record Kept(Rebuild rebuild, String phase, long generation, Long head) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Serializer tokens;
    private final Duration stopTimeout;
    private final String nodeId;
    /** The projections whose processor this node stopped for a rebuild, to start again when the reset is done. */
    private final Set<String> stoppedHere = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, Clock clock, JdbcClient jdbc,
                       Serializer serializer, QueryNodes nodes,
                       @Value("${jejak.projections.rebuild-stop-timeout:1m}") Duration stopTimeout) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.jdbc = jdbc;
        this.tokens = serializer;
        this.stopTimeout = stopTimeout;
        this.nodeId = nodes.nodeId();
        nodes.afterEachHeartbeat(this::takePart);
    }

    /** Refuses the read while the projections it needs are being rebuilt, or are left half-built by a failure. */
    public void requireServing(String... projections) {
        for (String projection : projections) {
            Optional<Rebuild> rebuild = kept(projection).map(Kept::rebuild);
            if (rebuild.isPresent() && REBUILDING.equals(rebuild.get().state())) {
                throw new TemporarilyUnavailableException("PROJECTION_REBUILDING",
                        "the {projection} read model is being rebuilt", Map.of("projection", projection),
                        RETRY_AFTER);
            }
            if (rebuild.isPresent() && FAILED.equals(rebuild.get().state())) {
                throw new TemporarilyUnavailableException("PROJECTION_REBUILD_FAILED",
                        "the {projection} read model could not be rebuilt and may be incomplete",
                        Map.of("projection", projection), RETRY_AFTER_FAILURE);
            }
        }
    }

    public List<ProjectionStatus> statuses() {
        return processing.eventProcessors().keySet().stream().sorted().map(this::status).toList();
    }

    /** Where the projection stands, from the tokens of all its segments, whichever node holds them. */
    public ProjectionStatus status(String projection) {
        processor(projection);
        List<TrackingToken> segments = tokens(projection);
        long position = segments.stream().mapToLong(ProjectionRebuilds::position).min().orElse(0);
        long head = position(eventStore.createHeadToken());
        Optional<Rebuild> rebuild = kept(projection).map(Kept::rebuild);
        return new ProjectionStatus(projection, rebuild.map(Rebuild::state).orElse(SERVING), position, head,
                segments.stream().anyMatch(ReplayToken::isReplay),
                !segments.isEmpty() && position >= head, rebuild.orElse(null));
    }

    /** Asks every node to rebuild the projection; one already under way is answered as it stands. */
    public Rebuild rebuild(String projection) {
        processor(projection);
        Instant now = clock.instant();
        int requested = jdbc.sql("""
                        insert into projection_rebuild (projection, state, phase, generation, started_at)
                        values (:projection, 'REBUILDING', 'STOPPING', 1, :now)
                        on conflict (projection) do update
                            set state = 'REBUILDING', phase = 'STOPPING',
                                generation = projection_rebuild.generation + 1, head = null,
                                started_at = :now, finished_at = null, error = null
                            where projection_rebuild.state <> 'REBUILDING'""")
                .param("projection", projection).param("now", now.atOffset(ZoneOffset.UTC)).update();
        if (requested == 1) {
            log.info("Rebuilding projection {}", projection);
            executor.submit(this::takePart);
        }
        return kept(projection).orElseThrow().rebuild();
    }

    /** This node's part in every rebuild under way, and its processors started again once they are over. */
    private synchronized void takePart() {
        if (closing) {
            return;
        }
        for (Kept kept : allKept()) {
            String projection = kept.rebuild().projection();
            Optional<StreamingEventProcessor> processor =
                    processing.eventProcessor(projection, StreamingEventProcessor.class);
            if (processor.isEmpty()) {
                continue;
            }
            try {
                if (!REBUILDING.equals(kept.rebuild().state())) {
                    startIfStoppedHere(projection, processor.get());
                } else if (STOPPING.equals(kept.phase())) {
                    stop(kept, processor.get());
                } else if (RESETTING.equals(kept.phase())) {
                    // a node that died resetting leaves the rebuild here; twice the stop timeout ends it, long
                    // after any reset (a few token rows and the projection's tables emptied) would have finished
                    failIfWaitedTooLong(kept, stopTimeout.multipliedBy(2));
                } else if (REPLAYING.equals(kept.phase()) || kept.phase() == null) {
                    startIfStoppedHere(projection, processor.get());
                    finishIfCaughtUp(kept);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (closing) {
                    // this node is going down with its processors: the rebuild is left in its phase for the nodes
                    // that stay, or for this one when it starts again, not failed for the whole cluster
                    log.info("Rebuilding projection {} left to the next heartbeat: this node is stopping", projection);
                    return;
                }
                log.error("Rebuilding projection {} failed", projection, e);
                fail(kept, e.getClass().getSimpleName());
            }
        }
    }

    /** Stops this node's processor; once no node holds a claim, the first node to get here resets the tokens. */
    private void stop(Kept kept, StreamingEventProcessor processor) throws Exception {
        String projection = kept.rebuild().projection();
        if (processor.isRunning()) {
            stoppedHere.add(projection);
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
        }
        if (failIfWaitedTooLong(kept, stopTimeout) || !advance(kept, STOPPING, RESETTING, null)) {
            return;
        }
        long head = position(eventStore.createHeadToken());
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            // a node has not stopped yet: the next heartbeat tries again
            advance(kept, RESETTING, STOPPING, null);
            return;
        }
        // the reset claimed every segment for this node; released, they go to whichever node has room for them
        jdbc.sql("update token_entry set owner = null where processor_name = ? and owner = ?")
                .param(projection).param(nodeId).update();
        advance(kept, RESETTING, REPLAYING, head);
        stoppedHere.add(projection);
        processor.start();
    }

    private boolean failIfWaitedTooLong(Kept kept, Duration limit) {
        if (kept.rebuild().startedAt().plus(limit).isBefore(clock.instant())) {
            fail(kept, "ClaimsNotReleased");
            return true;
        }
        return false;
    }

    private void startIfStoppedHere(String projection, StreamingEventProcessor processor) {
        if (stoppedHere.remove(projection) && !processor.isRunning()) {
            processor.start();
        }
    }

    /**
     * Serving again once every segment has processed up to the head the store had at the reset. Axon's replay flag
     * stays up until an event after that head arrives, so it cannot tell when a rebuild of a quiet store is done.
     */
    private void finishIfCaughtUp(Kept kept) {
        String projection = kept.rebuild().projection();
        List<TrackingToken> segments = tokens(projection);
        long head = kept.head() == null ? 0 : kept.head();
        if (segments.isEmpty() || !segments.stream().allMatch(token -> position(token) >= head)) {
            return;
        }
        int finished = jdbc.sql("""
                        update projection_rebuild set state = 'SERVING', phase = null, finished_at = :now
                        where projection = :projection and generation = :generation and state = 'REBUILDING'""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("projection", projection)
                .param("generation", kept.generation()).update();
        if (finished == 1) {
            log.info("Projection {} rebuilt", projection);
        }
    }

    /** Moves the rebuild to its next phase, if no node did so first; answers whether this node did. */
    private boolean advance(Kept kept, String from, String to, Long head) {
        return jdbc.sql("""
                        update projection_rebuild set phase = :to, head = coalesce(:head, head)
                        where projection = :projection and generation = :generation
                          and state = 'REBUILDING' and phase = :from""")
                .param("to", to).param("head", head).param("projection", kept.rebuild().projection())
                .param("generation", kept.generation()).param("from", from).update() == 1;
    }

    private void fail(Kept kept, String error) {
        jdbc.sql("""
                        update projection_rebuild set state = 'FAILED', phase = null, finished_at = :now, error = :error
                        where projection = :projection and generation = :generation and state = 'REBUILDING'""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("error", error)
                .param("projection", kept.rebuild().projection()).param("generation", kept.generation()).update();
    }

    private Optional<Kept> kept(String projection) {
        return jdbc.sql("select * from projection_rebuild where projection = ?").param(projection)
                .query((row, index) -> kept(row)).optional();
    }

    private List<Kept> allKept() {
        return jdbc.sql("select * from projection_rebuild").query((row, index) -> kept(row)).list();
    }

    private static Kept kept(ResultSet row) throws SQLException {
        Rebuild rebuild = new Rebuild(row.getString("projection"), row.getString("state"),
                row.getObject("started_at", OffsetDateTime.class).toInstant(),
                instant(row.getObject("finished_at", OffsetDateTime.class)), row.getString("error"));
        long head = row.getLong("head");
        return new Kept(rebuild, row.getString("phase"), row.getLong("generation"), row.wasNull() ? null : head);
    }

    /** Every segment's token as the token table holds it, claimed by any node or by none. */
    private List<TrackingToken> tokens(String projection) {
        return jdbc.sql("select token, token_type from token_entry where processor_name = ? order by segment")
                .param(projection)
                .query((row, index) -> {
                    byte[] token = row.getBytes("token");
                    return token == null ? null : tokens.<byte[], TrackingToken>deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, row.getString("token_type"), null));
                })
                .list();
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

    /** Published before the processors are stopped, so a heartbeat from here on takes no part in a rebuild. */
    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        closing = true;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
