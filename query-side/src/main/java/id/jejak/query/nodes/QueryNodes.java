package id.jejak.query.nodes;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The query-side nodes sharing this database. Each node writes a heartbeat to {@code query_node} every
 * {@code jejak.query-nodes.heartbeat} (default 2 s); a node not seen for three heartbeats counts as gone. A node's
 * share of a processor's segments is the segments divided by the nodes counted, rounded up: Axon's coordinator claims
 * no more than that and releases the surplus, so a second node gets half the segments within a heartbeat and a token
 * claim interval, and a node that died leaves its share to the others once its claims expire
 * ({@code axon.eventhandling.tokenstore.claim-timeout}, 10 s). Tasks that must run on every node (a cluster-wide
 * rebuild) run after each heartbeat.
 */
@Component
public class QueryNodes implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueryNodes.class);

    private final String nodeId = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final Duration heartbeat;
    private final CopyOnWriteArrayList<Runnable> afterHeartbeat = new CopyOnWriteArrayList<>();
    private volatile int nodes = 1;
    private volatile Map<String, Integer> segments = Map.of();
    private ScheduledExecutorService scheduler;

    QueryNodes(JdbcClient jdbc, @Value("${jejak.query-nodes.heartbeat:2s}") Duration heartbeat) {
        this.jdbc = jdbc;
        this.heartbeat = heartbeat;
    }

    public String nodeId() {
        return nodeId;
    }

    /** How many nodes were seen within three heartbeats, this one included. */
    public int nodes() {
        return nodes;
    }

    /** Whether the node was seen within three heartbeats. */
    public boolean isAlive(String otherNodeId) {
        return jdbc.sql("select count(*) from query_node where node_id = ? and seen_at > now() - make_interval(secs => ?)")
                .param(otherNodeId).param(expirySeconds()).query(Integer.class).single() > 0;
    }

    /** Runs {@code task} on this node after every heartbeat, on the heartbeat's thread. */
    public void afterEachHeartbeat(Runnable task) {
        afterHeartbeat.add(task);
    }

    @Override
    public int getMaxSegments(String processorName) {
        Integer total = segments.get(processorName);
        return total == null ? Short.MAX_VALUE : Math.max(1, (total + nodes - 1) / nodes);
    }

    /** Beats once before the processors start, so that a node joining a running cluster claims only its share. */
    @Override
    public void start() {
        beat();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "query-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::beatAndRunTasks, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void beatAndRunTasks() {
        try {
            beat();
            afterHeartbeat.forEach(Runnable::run);
        } catch (RuntimeException e) {
            // the database may be briefly unreachable; the next heartbeat tries again
            log.warn("Query node heartbeat failed: {}", e.toString());
        }
    }

    private void beat() {
        jdbc.sql("""
                        insert into query_node (node_id, seen_at) values (?, now())
                        on conflict (node_id) do update set seen_at = excluded.seen_at""")
                .param(nodeId).update();
        nodes = Math.max(1, jdbc.sql("select count(*) from query_node where seen_at > now() - make_interval(secs => ?)")
                .param(expirySeconds()).query(Integer.class).single());
        segments = jdbc.sql("select processor_name, count(*) as segments from token_entry group by processor_name")
                .query((row, index) -> Map.entry(row.getString("processor_name"), row.getInt("segments")))
                .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        // a node gone for a day is no one's concern any more
        jdbc.sql("delete from query_node where seen_at < now() - interval '1 day'").update();
    }

    private double expirySeconds() {
        return heartbeat.multipliedBy(3).toMillis() / 1000.0;
    }

    /** Leaves the cluster: the others take this node's share at their next heartbeat. */
    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        try {
            jdbc.sql("delete from query_node where node_id = ?").param(nodeId).update();
        } catch (RuntimeException e) {
            log.warn("Could not sign this query node off: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Before Axon's processors start, and after they stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
