package id.jejak.platform.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
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
 * <p>
 * A server with a data directory of its own is the system of record, so it is run as any production PostgreSQL is:
 * with fsync and synchronous commits on, a postmaster left behind by a killed JVM stopped before it starts, and a
 * postmaster that dies under the running application started again on the same port (see {@link Postmaster}).
 */
public final class EmbeddedPostgresServers {

    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Path EPHEMERAL = Path.of("<ephemeral>");

    /**
     * @param dataDirectory where the data lives across restarts; {@code null} for a throw-away database in a fresh
     *                      temporary directory (tests)
     * @param port          the port to listen on; 0 for any free port
     * @param startupWait   how long a start may take (crash recovery included) before it is given up
     */
    record Settings(Path dataDirectory, int port, Duration startupWait) {

        Settings(Path dataDirectory, int port) {
            this(dataDirectory, port, Duration.ofSeconds(60));
        }

        Path key() {
            return dataDirectory == null ? EPHEMERAL : dataDirectory.toAbsolutePath().normalize();
        }

        boolean persistent() {
            return dataDirectory != null;
        }
    }

    private static final class Lease {
        private final Postmaster postmaster;
        private int users;

        private Lease(Postmaster postmaster) {
            this.postmaster = postmaster;
        }
    }

    private static final Map<Path, Lease> leases = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    /** Starts the server for these settings, or joins the one already running; returns its JDBC URL. */
    static synchronized String acquire(Settings settings, Log startupLog) {
        Lease lease = leases.get(settings.key());
        if (lease == null) {
            lease = new Lease(Postmaster.start(settings, startupLog));
            leases.put(settings.key(), lease);
            Postmaster started = lease.postmaster;
            SpringApplication.getShutdownHandlers().add(started::stop);
        }
        lease.users++;
        return lease.postmaster.url();
    }

    /** One user is done with the server; the last one to leave stops it. */
    static synchronized void release(Settings settings) {
        Lease lease = leases.get(settings.key());
        if (lease != null && --lease.users <= 0) {
            leases.remove(settings.key());
            lease.postmaster.stop();
        }
    }

    /** The running server of a data directory in this JVM, for tests that take it down on purpose. */
    static synchronized Postmaster running(Path dataDirectory) {
        Lease lease = leases.get(dataDirectory.toAbsolutePath().normalize());
        return lease == null ? null : lease.postmaster;
    }

    static EmbeddedPostgres launch(Settings settings, int port, Path serverLog) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setPGStartupWait(settings.startupWait())
                .setRegisterShutdownHook(false)
                // the server's own lines say why it refused to start; they must not be lost, nor carry the key
                // values and statements of a failed INSERT (personal data) into a file
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic");
        if (settings.persistent()) {
            Files.createDirectories(settings.key());
            builder.setDataDirectory(settings.key())
                    .setCleanDataDirectory(false)
                    // the library starts PostgreSQL with -F (fsync off) and asynchronous commits, fine for a test
                    // and wrong for the system of record: an OS crash must not lose an acknowledged decision
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
        }
        return builder.start();
    }

    static String jdbcUrl(EmbeddedPostgres postgres) {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    static void logStarted(EmbeddedPostgres postgres, Settings settings, Log startupLog) {
        startupLog.info("Embedded PostgreSQL started at " + jdbcUrl(postgres) + " (data: "
                + (settings.persistent() ? settings.key() : "temporary") + ")");
    }

    static UncheckedIOException couldNotStart(Settings settings, String cause, IOException e) {
        String hint = settings.persistent()
                ? " Its own log is " + Postmaster.serverLog(settings) + "."
                : "";
        return new UncheckedIOException("Could not start the embedded PostgreSQL: " + cause + "." + hint, e);
    }
}
