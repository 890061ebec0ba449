package id.jejak.benchmark.cluster;

import id.jejak.command.CommandSideApplication;
import id.jejak.query.QuerySideApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Several command-side and query-side nodes in one JVM on one throw-away embedded PostgreSQL, as an agency that
 * outgrew one machine runs them on one database: each node its own Spring context, its own HTTP port, its own caches,
 * processors and token claims; the demo users sign in on every node.
 */
public final class Cluster implements AutoCloseable {

    private static final String[] COMMON = {"--server.port=0", "--jejak.embedded-postgres.ephemeral=true",
            // the demo passwords hashed at BCrypt's lowest cost: a command's time is the command's, not the hash's
            "--jejak.security.demo.password-cost=4", "--logging.level.root=WARN",
            "--logging.include-application-name=false"};

    private final List<ConfigurableApplicationContext> queryNodes = new ArrayList<>();
    private final List<ConfigurableApplicationContext> commandNodes = new ArrayList<>();

    /** The ledger's checkpoints are signed with one key whichever node seals them. */
    private final Path signingKey;

    public Cluster() throws IOException {
        signingKey = Files.createTempDirectory("jejak-cluster").resolve("ledger-key.pem");
    }

    public ConfigurableApplicationContext startQueryNode(String... settings) {
        String key = "--jejak.ledger.signing-key-file=" + signingKey;
        ConfigurableApplicationContext node = QuerySideApplication.application().bannerMode(Banner.Mode.OFF)
                .run(Stream.concat(Stream.of(COMMON), Stream.concat(Stream.of(key), Stream.of(settings)))
                        .toArray(String[]::new));
        queryNodes.add(node);
        return node;
    }

    /** A command node, linking its answers to the first query node. */
    public ConfigurableApplicationContext startCommandNode(String... settings) {
        String links = "--jejak.links.query-side=http://localhost:" + port(queryNodes.get(0));
        ConfigurableApplicationContext node = CommandSideApplication.application().bannerMode(Banner.Mode.OFF)
                .run(Stream.concat(Stream.of(COMMON), Stream.concat(Stream.of(links), Stream.of(settings)))
                        .toArray(String[]::new));
        commandNodes.add(node);
        return node;
    }

    public List<ConfigurableApplicationContext> queryNodes() {
        return List.copyOf(queryNodes);
    }

    public List<ConfigurableApplicationContext> commandNodes() {
        return List.copyOf(commandNodes);
    }

    public DataSource database() {
        return Stream.concat(commandNodes.stream(), queryNodes.stream()).findFirst().orElseThrow()
                .getBean(DataSource.class);
    }

    /** Stops a node the way an operator stops it: its claims released, its heartbeat signed off. */
    public void stop(ConfigurableApplicationContext node) {
        node.close();
        queryNodes.remove(node);
        commandNodes.remove(node);
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** The segments this query node processes now, by processor. */
    public static Map<String, Integer> claimedSegments(ConfigurableApplicationContext queryNode) {
        Map<String, Integer> claimed = new TreeMap<>();
        EventProcessingConfiguration processing = queryNode.getBean(EventProcessingConfiguration.class);
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                claimed.put(name, streaming.processingStatus().size());
            }
        });
        return claimed;
    }

    @Override
    public void close() {
        for (List<ConfigurableApplicationContext> nodes : List.of(commandNodes, queryNodes)) {
            for (int node = nodes.size() - 1; node >= 0; node--) {
                nodes.get(node).close();
            }
            nodes.clear();
        }
        try {
            FileSystemUtils.deleteRecursively(signingKey.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
