package id.jejak.benchmark.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command nodes and two query nodes on one PostgreSQL, as an agency runs them when one machine is not enough:
 * decisions about one person taken on alternating command nodes are never refused for a record the other node
 * changed, each record's sequence stays contiguous, the query nodes share the segments and answer alike, a rebuild
 * asked of a node that holds no token runs once for all, and a node's segments go to the others when it leaves.
 */
@SuppressWarnings("rawtypes")
class MultiNodeTest {

    private static final int SEGMENTS = 2;
    private static final int PERSONS = 8;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twoCommandNodesAndTwoQueryNodesGiveOneTruth() throws Exception {
        try (Cluster cluster = new Cluster()) {
            ConfigurableApplicationContext first = cluster.startQueryNode();
            ConfigurableApplicationContext second = cluster.startQueryNode();
            cluster.startCommandNode();
            cluster.startCommandNode();
            JdbcClient database = JdbcClient.create(cluster.database());

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(Cluster.claimedSegments(first)).isNotEmpty().allSatisfy((processor, claimed) ->
                        assertThat(claimed).as(processor).isEqualTo(1));
                assertThat(Cluster.claimedSegments(second)).isNotEmpty().allSatisfy((processor, claimed) ->
                        assertThat(claimed).as(processor).isEqualTo(1));
            });

            CrossNodeRun.Result run = CrossNodeRun.run(cluster.commandNodes().stream().map(Cluster::port).toList(),
                    1, PERSONS, 2);
            System.out.println("Cross-node run, 2 command nodes: " + run.summary());

            assertThat(run.wronglyRefused()).as("wrong refusals: %s", run.samples()).isZero();
            assertThat(run.failed()).as("failures: %s", run.samples()).isZero();
            assertThat(run.succeeded()).isEqualTo(7 * PERSONS);
            for (String nip : run.nips()) {
                assertThat(database.sql("""
                                select sequence_number from eventstore.domain_event_entry
                                where aggregate_identifier = ? order by sequence_number""")
                        .param(nip).query(Long.class).list()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
            }
            // a profile tells when it was read unless asked as known at a moment: the same for both nodes
            String knownAt = "?knownAt=" + Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            await().atMost(PATIENCE).untilAsserted(() -> {
                for (String nip : run.nips()) {
                    String history = read(first, "/api/v1/civil-servants/" + nip + "/history");
                    assertThat(json.readTree(history).get("events")).hasSize(7);
                    assertThat(read(second, "/api/v1/civil-servants/" + nip + "/history")).isEqualTo(history);
                    assertThat(read(second, "/api/v1/civil-servants/" + nip + knownAt))
                            .isEqualTo(read(first, "/api/v1/civil-servants/" + nip + knownAt));
                }
            });

            ConfigurableApplicationContext idle = cluster.startQueryNode();
            assertThat(Cluster.claimedSegments(idle)).allSatisfy((processor, claimed) ->
                    assertThat(claimed).as(processor).isZero());
            long rowsBefore = database.sql("select count(*) from query.career_event").query(Long.class).single();
            assertThat(send(idle, "POST", "/api/v1/admin/projections/career-history/rebuild").statusCode())
                    .isEqualTo(202);
            await().atMost(PATIENCE).untilAsserted(() -> {
                for (ConfigurableApplicationContext node : List.of(first, second, idle)) {
                    Map status = json.readValue(read(node, "/api/v1/admin/projections/career-history"), Map.class);
                    assertThat(status).containsEntry("state", "SERVING").containsEntry("caughtUp", true);
                    assertThat((Map) status.get("lastRebuild")).containsEntry("state", "SERVING");
                    assertThat(send(node, "GET", "/api/v1/decision-trail").statusCode()).isEqualTo(200);
                }
            });
            assertThat(read(first, "/api/v1/admin/projections")).isEqualTo(read(second, "/api/v1/admin/projections"))
                    .isEqualTo(read(idle, "/api/v1/admin/projections"));
            assertThat(database.sql("select generation from query.projection_rebuild where projection = ?")
                    .param("career-history").query(Long.class).single()).as("requests").isEqualTo(1);
            assertThat(database.sql("select count(*) from query.career_event").query(Long.class).single())
                    .isEqualTo(rowsBefore);
            cluster.stop(idle);

            double afterStop = Takeover.afterStop(cluster, second, first, SEGMENTS);
            double afterCrash = Takeover.afterCrash(cluster.database(), first, SEGMENTS);
            System.out.printf("Segments taken over %.1f s after a query node stopped, %.1f s after one died%n",
                    afterStop, afterCrash);
            assertThat(afterCrash).as("a dead node's claims are not taken before they expire, after 10 s")
                    .isGreaterThan(9.0);
        }
    }

    private String read(ConfigurableApplicationContext node, String path) throws Exception {
        HttpResponse<String> response = send(node, "GET", path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(ConfigurableApplicationContext node, String method, String path)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + Cluster.port(node) + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "auditor:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
