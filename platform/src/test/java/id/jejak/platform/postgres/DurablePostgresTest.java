package id.jejak.platform.postgres;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default as the system of record, tried on real processes: a server on a data directory of its own,
 * a JVM killed under it, its postmaster killed under the application, a server that cannot start.
 */
class DurablePostgresTest {

    private static final Log log = LogFactory.getLog(DurablePostgresTest.class);

    @TempDir
    Path temporary;

    private EmbeddedPostgresServers.Settings settings;

    @AfterEach
    void stopTheServer() {
        if (settings != null) {
            EmbeddedPostgresServers.release(settings);
        }
    }

    @Test
    void theServerOfADataDirectoryCommitsWithFsyncAndSynchronousCommitsOn() throws Exception {
        String url = start();

        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aPostmasterLeftRunningByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
        Path dataDirectory = temporary.resolve("postgres");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedServer.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.lines().filter(line -> line.startsWith(OrphanedServer.READY)).findFirst())
                    .as("the child JVM started its server and recorded a row").isPresent();
        }
        jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = pidIn(dataDirectory);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the postmaster outlived its JVM")
                .contains(true);

        Instant started = Instant.now();
        String url = start(dataDirectory);

        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(45));
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(count(connection, "select count(*) from acknowledged")).isEqualTo(1);
        }
    }

    @Test
    void aPostmasterThatDiesUnderTheApplicationIsStartedAgainOnTheSamePort() throws Exception {
        String url = start();
        long before = pidIn(settings.key());

        ProcessHandle.of(before).orElseThrow().destroyForcibly();

        Instant deadline = Instant.now().plusSeconds(30);
        Integer answered = null;
        while (answered == null && Instant.now().isBefore(deadline)) {
            try (Connection connection = DriverManager.getConnection(url)) {
                answered = count(connection, "select 1");
            } catch (SQLException stillDown) {
                Thread.sleep(100);
            }
        }
        assertThat(answered).as("the same URL answers again").isEqualTo(1);
        assertThat(pidIn(settings.key())).isNotEqualTo(before);
    }

    @Test
    void aServerThatCannotStartSaysWhyInItsOwnWords() throws Exception {
        start();
        EmbeddedPostgresServers.release(settings);
        settings = new EmbeddedPostgresServers.Settings(settings.dataDirectory(), 0, Duration.ofSeconds(5));
        Files.writeString(settings.key().resolve("postgresql.conf"), "\nshared_buffers = 'plenty'\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> EmbeddedPostgresServers.acquire(settings, log))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("FATAL")
                .hasMessageContaining("invalid value for parameter \"shared_buffers\"")
                .hasMessageContaining(Postmaster.serverLog(settings).toString());
        settings = null;
    }

    private String start() {
        return start(temporary.resolve("postgres"));
    }

    private String start(Path dataDirectory) {
        settings = new EmbeddedPostgresServers.Settings(dataDirectory, 0);
        return EmbeddedPostgresServers.acquire(settings, log);
    }

    private static long pidIn(Path dataDirectory) throws Exception {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (var result = connection.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** A JVM that starts the server of a data directory, commits a row, says so, and waits to be killed. */
    static final class OrphanedServer {

        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            var settings = new EmbeddedPostgresServers.Settings(Path.of(args[0]), 0);
            String url = EmbeddedPostgresServers.acquire(settings, LogFactory.getLog(OrphanedServer.class));
            try (Connection connection = DriverManager.getConnection(url)) {
                connection.createStatement().execute("create table acknowledged (id int)");
                connection.createStatement().execute("insert into acknowledged values (1)");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
