package id.jejak.benchmark.cluster;

import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * Issue 13's figures, in one JVM on one throw-away embedded PostgreSQL: the cross-node run with two command nodes
 * and the same run on one, a 1,000-event record's read with and without snapshots, and how long a query node takes
 * to take over the segments of a node that stopped or died. Run with {@code ./benchmark.sh --multi-node}.
 */
public final class MultiNodeFigures {

    private static final int PERSONS = 150;
    private static final int CLIENTS = 4;
    private static final int SEGMENTS = 2;

    private MultiNodeFigures() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (Cluster cluster = new Cluster()) {
            ConfigurableApplicationContext first = cluster.startQueryNode();
            ConfigurableApplicationContext second = cluster.startQueryNode();
            ConfigurableApplicationContext one = cluster.startCommandNode();
            ConfigurableApplicationContext other = cluster.startCommandNode();
            int onePort = Cluster.port(one);
            int otherPort = Cluster.port(other);

            // warm-up: both nodes' JIT, pools and caches, on people of their own
            CrossNodeRun.run(List.of(onePort, otherPort), 901, 40, CLIENTS);
            CrossNodeRun.Result single = CrossNodeRun.run(List.of(onePort), 1, PERSONS, CLIENTS);
            CrossNodeRun.Result cross = CrossNodeRun.run(List.of(onePort, otherPort), 301, PERSONS, CLIENTS);
            System.out.println();
            System.out.printf("Each person: 7 commands (register, 2 evaluations, assign and complete a training, "
                    + "propose and grant a promotion), %d people, %d clients%n", PERSONS, CLIENTS);
            System.out.println("  one command node:                      " + single.summary());
            System.out.println("  two command nodes, alternating:        " + cross.summary());
            System.out.printf("  p50 two nodes / one node: %.2f, p99 two nodes / one node: %.2f%n",
                    cross.latencies().percentileMillis(0.5) / single.latencies().percentileMillis(0.5),
                    cross.latencies().percentileMillis(0.99) / single.latencies().percentileMillis(0.99));
            List.of(single, cross).forEach(run -> run.samples().forEach(sample -> System.out.println("    " + sample)));

            System.out.println("Snapshots: " + SnapshotLoad.measure(cluster).summary());

            double afterStop = Takeover.afterStop(cluster, second, first, SEGMENTS);
            double afterCrash = Takeover.afterCrash(cluster.database(), first, SEGMENTS);
            System.out.printf("Query node takeover: every segment processed by the survivor %.1f s after the other "
                    + "node stopped, %.1f s after it died holding claims%n", afterStop, afterCrash);
        }
        System.exit(0);
    }
}
