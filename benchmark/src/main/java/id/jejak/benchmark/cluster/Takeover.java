package id.jejak.benchmark.cluster;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/** How long a query node takes to process the segments another node held when it stopped or died. */
public final class Takeover {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private Takeover() {
    }

    /** Seconds from another node's orderly stop until {@code survivor} processes every segment of every processor. */
    public static double afterStop(Cluster cluster, ConfigurableApplicationContext leaving,
                                   ConfigurableApplicationContext survivor, int segments) throws InterruptedException {
        cluster.stop(leaving);
        long stopped = System.nanoTime();
        awaitAll(survivor, segments, stopped);
        return (System.nanoTime() - stopped) / 1e9;
    }

    /**
     * Seconds until {@code survivor} processes every segment again after a node died holding the last segment of
     * each processor: a crash leaves its claims and its heartbeat behind, which is what is written here, in the name
     * of a node that will never beat again. The survivor loses the segment at its next claim extension and takes it
     * back once the claim has expired.
     */
    public static double afterCrash(DataSource database, ConfigurableApplicationContext survivor, int segments)
            throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(database);
        long died = System.nanoTime();
        jdbc.sql("insert into query.query_node (node_id, seen_at) values ('crashed-node', now())").update();
        jdbc.sql("update query.token_entry set owner = 'crashed-node', timestamp = ? where segment = ?")
                .param(Instant.now().toString()).param(segments - 1).update();
        long deadline = died + LIMIT.toNanos();
        while (Cluster.claimedSegments(survivor).values().stream().allMatch(claimed -> claimed == segments)) {
            requireBefore(deadline, "the survivor never noticed that its claims were taken");
            Thread.sleep(50);
        }
        awaitAll(survivor, segments, died);
        jdbc.sql("delete from query.query_node where node_id = 'crashed-node'").update();
        return (System.nanoTime() - died) / 1e9;
    }

    private static void awaitAll(ConfigurableApplicationContext survivor, int segments, long since)
            throws InterruptedException {
        long deadline = since + LIMIT.toNanos();
        Map<String, Integer> claimed;
        while (!(claimed = Cluster.claimedSegments(survivor)).values().stream()
                .allMatch(count -> count == segments)) {
            requireBefore(deadline, "segments still unclaimed: " + claimed);
            Thread.sleep(50);
        }
    }

    private static void requireBefore(long deadline, String failure) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(failure);
        }
    }
}
