package id.jejak.platform.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory, shared by every application context that
 * uses it (the launcher runs both sides in one JVM; tests run many contexts). A server stops when the last context
 * using it has closed, so no side loses its database while it is still shutting down; Spring Boot's shutdown
 * handlers, which run after every context has closed, stop whatever is left when the JVM exits.
 */
public final class EmbeddedPostgresServers {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Path EPHEMERAL = Path.of("<ephemeral>");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, Server> servers = new HashMap<>();

    /**
     * @param dataDirectory where the data lives across restarts; {@code null} for a throw-away database in a fresh
     *                      temporary directory (tests)
     * @param port          the port to listen on; 0 for any free port
     */
    record Settings(Path dataDirectory, int port) {

        Path key() {
            return dataDirectory == null ? EPHEMERAL : dataDirectory.toAbsolutePath().normalize();
        }
    }

    private static final class Server {
        private final EmbeddedPostgres postgres;
        private final String url;
        private int users;

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
            this.url = postgres.getJdbcUrl(USER, DATABASE);
        }
    }

    private EmbeddedPostgresServers() {
    }

    /** Starts the server for these settings, or joins the one already running; returns its JDBC URL. */
    static synchronized String acquire(Settings settings) {
        Server server = servers.get(settings.key());
        if (server == null) {
            server = new Server(launch(settings));
            servers.put(settings.key(), server);
            Server started = server;
            SpringApplication.getShutdownHandlers().add(() -> stop(started));
        }
        server.users++;
        return server.url;
    }

    /** One user is done with the server; the last one to leave stops it. */
    static synchronized void release(Settings settings) {
        Server server = servers.get(settings.key());
        if (server != null && --server.users <= 0) {
            servers.remove(settings.key());
            stop(server);
        }
    }

    private static EmbeddedPostgres launch(Settings settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(settings.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false);
            if (settings.dataDirectory() != null) {
                Path directory = settings.key();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // the data is the system of record: a crash must not lose acknowledged decisions
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started at {} (data: {})", postgres.getJdbcUrl(USER, DATABASE),
                    settings.dataDirectory() == null ? "temporary" : settings.key());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Set spring.datasource.url to use an existing PostgreSQL instead.", e);
        }
    }

    private static void stop(Server server) {
        try {
            server.postgres.close();
            log.info("Embedded PostgreSQL at {} stopped", server.url);
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
