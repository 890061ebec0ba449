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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory, shared by every application context in it
 * (the launcher runs both sides in one JVM; tests run many contexts). A server stops only after every context has
 * closed, through Spring Boot's shutdown handlers, so no side loses its database while it is still shutting down.
 */
public final class EmbeddedPostgresServers {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, String> urls = new ConcurrentHashMap<>();

    /**
     * @param dataDirectory where the data lives across restarts; {@code null} for a throw-away database in a fresh
     *                      temporary directory (tests)
     * @param port          the port to listen on; 0 for any free port
     */
    record Settings(Path dataDirectory, int port) {
    }

    private EmbeddedPostgresServers() {
    }

    static String start(Settings settings) {
        Path key = settings.dataDirectory() == null ? Path.of("<ephemeral>")
                : settings.dataDirectory().toAbsolutePath().normalize();
        return urls.computeIfAbsent(key, directory -> launch(settings));
    }

    private static String launch(Settings settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(settings.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false);
            if (settings.dataDirectory() != null) {
                Path directory = settings.dataDirectory().toAbsolutePath().normalize();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // the data is the system of record: a crash must not lose acknowledged decisions
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres server = builder.start();
            SpringApplication.getShutdownHandlers().add(() -> stop(server));
            String url = server.getJdbcUrl(USER, DATABASE);
            log.info("Embedded PostgreSQL is up at {} (data: {})", url,
                    settings.dataDirectory() == null ? "temporary" : settings.dataDirectory().toAbsolutePath());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Set spring.datasource.url to use an existing PostgreSQL instead.", e);
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
