package id.jejak.query.admin;

import id.jejak.platform.web.ConflictException;
import id.jejak.platform.web.NotFoundException;
import id.jejak.query.nodes.QueryNodes;
import id.jejak.query.projection.ProjectionTables;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds projections from the first event without taking them from their readers. The node asked, the builder,
 * reads the store once for every projection asked ({@link OnePassRebuild}) into fresh copies of their tables
 * ({@link FreshTables}), while every node's live processors go on writing the serving tables and readers read them.
 * Once the builder has caught up with the head, every node stops its processors for those projections (STOPPING);
 * when none holds a claim, the builder reads the last events, and in one transaction swaps the copies in and sets the
 * processors' tokens to the last event it read; every node then starts its processors again, and they go on from
 * there. A rebuild that fails, or whose builder is gone, leaves the serving tables as they were and the processors
 * started again. The rebuild's state lives in {@code projection_rebuild}, so every node answers the same; each node
 * takes its part after every heartbeat ({@link QueryNodes}).
 */
@Service
public class ProjectionRebuilds implements DisposableBean, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    public static final String REBUILDING = "REBUILDING";
    private static final String SERVING = "SERVING";
    private static final String STOPPING = "STOPPING";
    /** How often the builder writes how far it has read, for the progress every node shows. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    /**
     * How a rebuild went, or goes.
     *
     * @param position the last event the builder has read
     * @param head     the store's head when the builder started reading
     */
    public record Rebuild(String projection, String state, String phase, Instant startedAt, Instant finishedAt,
                          String error, long position, long head) {
    }

    /**
     * A projection's processor and where it stands against the head of the store, over all nodes.
     *
     * @param state REBUILDING while a rebuild runs, SERVING otherwise; how the last rebuild ended is in its own state
     */
    public record ProjectionStatus(String projection, String state, long position, long head, boolean caughtUp,
                                   Rebuild lastRebuild) {

        /** How far through the store the projection is, from 0 to 1; while it is rebuilt, how far the rebuild is. */
        public double progress() {
            if (REBUILDING.equals(state) && lastRebuild != null) {
                return lastRebuild.head() <= 0 ? 0 : Math.min(1, (double) lastRebuild.position() / lastRebuild.head());
            }
            return head <= 0 ? 1 : Math.min(1, (double) position / head);
        }
    }

    /** A rebuild as the database keeps it: one request's projections share its generation. */
    private record Kept(Rebuild rebuild, long generation, String builder, Instant phaseSince) {
    }

    /** A rebuild ended by the state of the cluster rather than by an error of its own. */
    private static final class Abandoned extends Exception {
        Abandoned(String reason) {
            super(reason, null, false, false);
        }
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate bulk;
    private final TransactionTemplate transaction;
    private final Serializer tokens;
    private final QueryNodes nodes;
    private final Duration stopTimeout;
    private final int segments;
    private final int transactions;
    private final int chunkSize;
    private final String nodeId;
    /** Each rebuildable projection's tables, by processing group. */
    private final Map<String, List<String>> tables;
    /** The indexes of those tables that a rebuild builds once its copies are filled. */
    private final Set<String> indexesForReadersOnly;
    /** The projections whose processor this node stopped for a rebuild, to start again when it is over. */
    private final Set<String> stoppedHere = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, Clock clock, JdbcClient jdbc,
                       JdbcTemplate bulk, TransactionTemplate transaction, Serializer serializer, QueryNodes nodes,
                       List<ProjectionTables> projections,
                       @Value("${jejak.projections.rebuild-stop-timeout:1m}") Duration stopTimeout,
                       @Value("${jejak.projections.rebuild-segments:0}") int segments,
                       @Value("${jejak.projections.rebuild-transactions:0}") int transactions,
                       @Value("${jejak.projections.rebuild-chunk:5000}") int chunkSize) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.transaction = transaction;
        this.tokens = serializer;
        this.nodes = nodes;
        this.stopTimeout = stopTimeout;
        int cores = Runtime.getRuntime().availableProcessors();
        this.segments = segments > 0 ? segments : cores;
        this.transactions = transactions > 0 ? transactions : cores;
        this.chunkSize = chunkSize;
        this.nodeId = nodes.nodeId();
        Map<String, List<String>> byGroup = new TreeMap<>();
        Set<String> indexes = new HashSet<>();
        for (ProjectionTables projection : projections) {
            indexes.addAll(projection.indexesForReadersOnly());
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(AopUtils.getTargetClass(projection),
                    ProcessingGroup.class);
            byGroup.computeIfAbsent(group.value(), name -> new ArrayList<>()).addAll(projection.tables());
        }
        this.tables = Map.copyOf(byGroup);
        this.indexesForReadersOnly = Set.copyOf(indexes);
        nodes.afterEachHeartbeat(this::takePart);
    }

    public List<ProjectionStatus> statuses() {
        return processing.eventProcessors().keySet().stream().sorted().map(this::status).toList();
    }

    /** Where the projection stands, from the tokens of all its segments, whichever node holds them. */
    public ProjectionStatus status(String projection) {
        processor(projection);
        List<TrackingToken> segmentTokens = tokens(projection);
        long position = segmentTokens.stream().mapToLong(OnePassRebuild::position).min().orElse(0);
        long head = OnePassRebuild.position(eventStore.createHeadToken());
        Optional<Rebuild> rebuild = kept(projection).map(Kept::rebuild);
        // a failed rebuild left the tables that served before it: the projection serves
        String state = rebuild.filter(last -> REBUILDING.equals(last.state())).isPresent() ? REBUILDING : SERVING;
        return new ProjectionStatus(projection, state, position, head,
                !segmentTokens.isEmpty() && position >= head, rebuild.orElse(null));
    }

    /** Rebuilds one projection; see {@link #rebuild(Collection)}. */
    public Rebuild rebuild(String projection) {
        return rebuild(List.of(projection)).get(0);
    }

    /** Rebuilds every projection that has tables, in one pass over the store. */
    public List<Rebuild> rebuildAll() {
        return rebuild(tables.keySet());
    }

    /**
     * Asks for the projections to be rebuilt in one pass, built on this node. A request for projections already being
     * rebuilt is answered with that rebuild as it stands; one rebuild runs at a time, so a request for others while
     * one runs is refused.
     */
    public List<Rebuild> rebuild(Collection<String> projections) {
        Set<String> asked = new TreeSet<>(projections);
        for (String projection : asked) {
            processor(projection);
            if (!tables.containsKey(projection)) {
                throw new ConflictException("PROJECTION_NOT_REBUILDABLE",
                        "{projection} copies events rather than building tables from them, and is not rebuilt",
                        Map.of("projection", projection));
            }
        }
        Long generation = transaction.execute(status -> {
            jdbc.sql("lock table projection_rebuild in exclusive mode").update();
            Set<String> running = new TreeSet<>();
            allKept().stream().filter(kept -> REBUILDING.equals(kept.rebuild().state()))
                    .forEach(kept -> running.add(kept.rebuild().projection()));
            if (running.containsAll(asked)) {
                return null;
            }
            if (!running.isEmpty()) {
                throw new ConflictException("REBUILD_UNDER_WAY",
                        "a rebuild of {projections} is under way; ask again once it is over",
                        Map.of("projections", String.join(", ", running)));
            }
            long next = jdbc.sql("select coalesce(max(generation), 0) + 1 from projection_rebuild")
                    .query(Long.class).single();
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            for (String projection : asked) {
                jdbc.sql("""
                                insert into projection_rebuild (projection, state, phase, generation, builder, position,
                                                                head, started_at, phase_since)
                                values (:projection, 'REBUILDING', 'BUILDING', :generation, :builder, 0, null, :now,
                                        :now)
                                on conflict (projection) do update
                                    set state = 'REBUILDING', phase = 'BUILDING', generation = :generation,
                                        builder = :builder, position = 0, head = null, started_at = :now,
                                        phase_since = :now, finished_at = null, error = null""")
                        .param("projection", projection).param("generation", next).param("builder", nodeId)
                        .param("now", now).update();
            }
            return next;
        });
        if (generation != null) {
            log.info("Rebuilding projections {} in one pass", asked);
            builder.submit(() -> build(generation, asked));
        }
        return asked.stream().map(projection -> kept(projection).orElseThrow().rebuild()).toList();
    }

    /** The builder's part: the pass into fresh tables, the stop, the last events and the swap. */
    private void build(long generation, Set<String> projections) {
        FreshTables fresh = new FreshTables(jdbc, bulk, projections.stream().flatMap(name -> tables.get(name).stream())
                .toList(), indexesForReadersOnly);
        Map<String, EventHandlerInvoker> invokers = new LinkedHashMap<>();
        projections.forEach(name -> invokers.put(name, processing.eventProcessor(name, AbstractEventProcessor.class)
                .orElseThrow().eventHandlerInvoker()));
        try {
            fresh.create();
            long head = OnePassRebuild.position(eventStore.createHeadToken());
            jdbc.sql("update projection_rebuild set head = ? where generation = ?").params(head, generation).update();
            Progress progress = new Progress(generation);
            try (OnePassRebuild pass = new OnePassRebuild(eventStore, invokers, segments, transactions, chunkSize,
                    bulk, transaction, fresh.searchPath())) {
                long started = System.nanoTime();
                pass.readUpToHead(progress::report);
                pass.awaitApplied();
                long read = System.nanoTime();
                fresh.seal(transactions);
                log.info("Projections {}: {} events read and applied in {} s, their tables sealed in {} s", projections,
                        pass.events(), seconds(read - started), seconds(System.nanoTime() - read));
                if (!advanceToStopping(generation)) {
                    throw new Abandoned("RebuildEnded");
                }
                awaitClaimsReleased(generation, projections);
                pass.readUpToHead(progress::report);
                pass.finish();
                TrackingToken last = pass.lastToken();
                transaction.executeWithoutResult(status -> {
                    fresh.swap();
                    projections.forEach(projection -> setTokens(projection, last));
                    int finished = jdbc.sql("""
                                    update projection_rebuild set state = 'SERVING', phase = null, position = :position,
                                                                  finished_at = :now
                                    where generation = :generation and state = 'REBUILDING'""")
                            .param("position", OnePassRebuild.position(last))
                            .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                            .param("generation", generation).update();
                    if (finished != projections.size()) {
                        // another node declared this rebuild over: the serving tables stay
                        status.setRollbackOnly();
                    }
                });
                log.info("Projections {} rebuilt from {} events", projections, pass.events());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (closing) {
                // the other nodes see this node gone and end the rebuild; the serving tables stay as they were
                log.info("Rebuilding projections {} stopped: this node is stopping", projections);
                return;
            }
            String error = e instanceof Abandoned ? e.getMessage() : e.getClass().getSimpleName();
            if (!(e instanceof Abandoned)) {
                log.error("Rebuilding projections {} failed; the serving tables stay as they were", projections, e);
            }
            fail(generation, error);
            discard(fresh);
        } finally {
            takePart();
        }
    }

    /** Writes how far the builder has read, at most once a {@link #PROGRESS_EVERY}. */
    private final class Progress {
        private final long generation;
        private long reportedAt;

        Progress(long generation) {
            this.generation = generation;
        }

        void report(long position) {
            long now = System.nanoTime();
            if (now - reportedAt >= PROGRESS_EVERY.toNanos()) {
                reportedAt = now;
                jdbc.sql("update projection_rebuild set position = ? where generation = ? and state = 'REBUILDING'")
                        .params(position, generation).update();
            }
        }
    }

    private boolean advanceToStopping(long generation) {
        return jdbc.sql("""
                        update projection_rebuild set phase = 'STOPPING', phase_since = :now
                        where generation = :generation and state = 'REBUILDING' and phase = 'BUILDING'""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("generation", generation)
                .update() > 0;
    }

    /** Stops this node's processors and waits until no node holds a claim on theirs, or gives up after the timeout. */
    private void awaitClaimsReleased(long generation, Set<String> projections) throws Exception {
        while (true) {
            takePart();
            long claimed = jdbc.sql("""
                            select count(*) from token_entry
                            where processor_name in (:projections) and owner is not null""")
                    .param("projections", projections).query(Long.class).single();
            if (claimed == 0) {
                return;
            }
            Kept kept = kept(projections.iterator().next()).orElseThrow();
            if (kept.generation() != generation || !REBUILDING.equals(kept.rebuild().state())) {
                throw new Abandoned("RebuildEnded");
            }
            if (kept.phaseSince().plus(stopTimeout).isBefore(clock.instant())) {
                throw new Abandoned("ClaimsNotReleased");
            }
            Thread.sleep(100);
        }
    }

    /** Every segment goes on from the last event the builder read; no node holds a claim while this is written. */
    private void setTokens(String projection, TrackingToken last) {
        SerializedObject<byte[]> token = last == null ? null : tokens.serialize(last, byte[].class);
        jdbc.sql("update token_entry set token = :token, token_type = :type, owner = null"
                        + " where processor_name = :projection")
                .param("token", token == null ? null : token.getData())
                .param("type", token == null ? null : token.getType().getName())
                .param("projection", projection).update();
    }

    /**
     * This node's part in the rebuild under way: its processors stopped while the rebuild is STOPPING, started again
     * once it is over; and a rebuild whose builder has gone declared failed, since nobody else would end it.
     */
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
                    if (stoppedHere.remove(projection) && !processor.get().isRunning()) {
                        processor.get().start();
                    }
                } else if (!nodeId.equals(kept.builder())
                        && (kept.builder() == null || !nodes.isAlive(kept.builder()))) {
                    log.warn("Rebuild of projection {} ended: the node building it has gone", projection);
                    fail(kept.generation(), "BuilderGone");
                } else if (STOPPING.equals(kept.rebuild().phase()) && processor.get().isRunning()) {
                    stoppedHere.add(projection);
                    processor.get().shutdownAsync().get(1, TimeUnit.MINUTES);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.error("Taking part in the rebuild of projection {} failed", projection, e);
            }
        }
    }

    private void fail(long generation, String error) {
        jdbc.sql("""
                        update projection_rebuild set state = 'FAILED', phase = null, finished_at = :now, error = :error
                        where generation = :generation and state = 'REBUILDING'""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("error", error)
                .param("generation", generation).update();
    }

    private static void discard(FreshTables fresh) {
        try {
            fresh.discard();
        } catch (RuntimeException e) {
            log.warn("The fresh tables of a failed rebuild stay until the next rebuild: {}", e.toString());
        }
    }

    private Optional<Kept> kept(String projection) {
        return jdbc.sql("select * from projection_rebuild where projection = ?").param(projection)
                .query((row, index) -> kept(row)).optional();
    }

    private List<Kept> allKept() {
        return jdbc.sql("select * from projection_rebuild").query((row, index) -> kept(row)).list();
    }

    private static Kept kept(ResultSet row) throws SQLException {
        Rebuild rebuild = new Rebuild(row.getString("projection"), row.getString("state"), row.getString("phase"),
                row.getObject("started_at", OffsetDateTime.class).toInstant(),
                instant(row.getObject("finished_at", OffsetDateTime.class)), row.getString("error"),
                row.getLong("position"), row.getLong("head"));
        return new Kept(rebuild, row.getLong("generation"), row.getString("builder"),
                instant(row.getObject("phase_since", OffsetDateTime.class)));
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

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Published before the processors are stopped, so a heartbeat from here on takes no part in a rebuild. */
    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        closing = true;
        builder.shutdownNow();
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }
}
