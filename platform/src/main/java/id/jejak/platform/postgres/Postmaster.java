package id.jejak.platform.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL server and what keeps it running without an operator.
 * <ul>
 *     <li>A JVM killed with {@code kill -9} leaves its postmaster running on the data directory; the next start
 *     stops it (a fast shutdown, so nothing committed is lost) instead of waiting a minute and failing.</li>
 *     <li>A postmaster that dies under the running application is started again on the same port, so the
 *     datasource's URL stays right and the connection pool heals by itself: the application answers 503 in the
 *     meantime, and no supervisor is needed for the one-command run (README, design notes).</li>
 *     <li>A start that fails says why, in the server's own words, and where its log is.</li>
 * </ul>
 * Throw-away servers (tests) are only started and stopped.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_RESTART_PAUSE = Duration.ofSeconds(10);

    private final EmbeddedPostgresServers.Settings settings;
    private final int port;
    private final String url;
    private volatile EmbeddedPostgres server;
    private volatile boolean stopping;

    private Postmaster(EmbeddedPostgresServers.Settings settings, EmbeddedPostgres server) {
        this.settings = settings;
        this.server = server;
        this.port = server.getPort();
        this.url = EmbeddedPostgresServers.jdbcUrl(server);
    }

    static Postmaster start(EmbeddedPostgresServers.Settings settings, Log startupLog) {
        if (settings.persistent()) {
            stopOrphan(settings.key(), startupLog);
        }
        Postmaster postmaster = new Postmaster(settings, launch(settings, settings.port()));
        EmbeddedPostgresServers.logStarted(postmaster.server, settings, startupLog);
        postmaster.watch();
        return postmaster;
    }

    String url() {
        return url;
    }

    /** The postmaster's process id, as its lock file gives it. */
    OptionalLong pid() {
        return settings.persistent() ? pidIn(settings.key()) : OptionalLong.empty();
    }

    synchronized void stop() {
        stopping = true;
        try {
            server.close();
            log.info("Embedded PostgreSQL at {} stopped", url);
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    static Path serverLog(EmbeddedPostgresServers.Settings settings) {
        Path directory = settings.key();
        return directory.resolveSibling(directory.getFileName() + ".log");
    }

    private static EmbeddedPostgres launch(EmbeddedPostgresServers.Settings settings, int port) {
        Path serverLog = serverLog(settings);
        long logged = settings.persistent() ? sizeOf(serverLog) : 0;
        try {
            return EmbeddedPostgresServers.launch(settings, port, serverLog);
        } catch (IOException e) {
            String cause = settings.persistent()
                    ? serverComplaint(serverLog, logged).orElse(e.getMessage())
                    : e.getMessage();
            throw EmbeddedPostgresServers.couldNotStart(settings, cause, e);
        }
    }

    private void watch() {
        OptionalLong pid = pid();
        if (pid.isEmpty()) {
            return;
        }
        ProcessHandle.of(pid.getAsLong()).ifPresent(process -> process.onExit().thenRun(this::restartUnlessStopping));
    }

    private void restartUnlessStopping() {
        if (stopping) {
            return;
        }
        log.error("The embedded PostgreSQL on port {} stopped under the running application; starting it again",
                port);
        Thread restart = new Thread(this::restart, "embedded-postgres-restart");
        restart.setDaemon(true);
        restart.start();
    }

    private void restart() {
        Duration pause = Duration.ofMillis(250);
        for (int attempt = 1; ; attempt++) {
            synchronized (this) {
                if (stopping) {
                    return;
                }
                try {
                    server.close();
                } catch (IOException alreadyGone) {
                    // the postmaster is dead; closing only gives back the data directory's lock
                }
                try {
                    server = launch(settings, port);
                    log.info("Embedded PostgreSQL on port {} is running again (attempt {})", port, attempt);
                    watch();
                    return;
                } catch (UncheckedIOException e) {
                    // typically the dead postmaster's backends still hold its shared memory for a moment
                    log.warn("The embedded PostgreSQL did not start again yet (attempt {}): {}", attempt,
                            e.getMessage());
                }
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_RESTART_PAUSE) > 0 ? LONGEST_RESTART_PAUSE
                    : pause.multipliedBy(2);
        }
    }

    /**
     * A postmaster still running on this data directory after its JVM was killed. It is recognised by its lock
     * file's process id and by working in this very directory (a reused process id of another program is left
     * alone), and stopped as {@code pg_ctl stop -m fast} would: committed data is kept, open sessions end.
     */
    private static void stopOrphan(Path dataDirectory, Log startupLog) {
        OptionalLong pid = pidIn(dataDirectory);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid.getAsLong())
                .filter(process -> worksIn(process, dataDirectory));
        if (orphan.isEmpty()) {
            return;
        }
        startupLog.warn("A PostgreSQL left running by an earlier run holds " + dataDirectory + " (pid "
                + pid.getAsLong() + "); stopping it before starting");
        ProcessHandle process = orphan.get();
        signal(process, "INT");
        if (!exited(process, FAST_SHUTDOWN_WAIT)) {
            startupLog.warn("PostgreSQL (pid " + pid.getAsLong() + ") did not stop within "
                    + FAST_SHUTDOWN_WAIT.toSeconds() + " s; killing it (it recovers from its WAL)");
            process.destroyForcibly();
            if (!exited(process, FAST_SHUTDOWN_WAIT)) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL: the server left running "
                        + "on " + dataDirectory + " (pid " + pid.getAsLong() + ") cannot be stopped");
            }
        }
    }

    private static boolean worksIn(ProcessHandle process, Path dataDirectory) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "cwd"))
                    .equals(dataDirectory.toRealPath());
        } catch (IOException | UnsupportedOperationException | SecurityException noProcFileSystem) {
            return false;
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .redirectErrorStream(true).start();
            kill.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static OptionalLong pidIn(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException noLockFile) {
            return OptionalLong.empty();
        }
    }

    /**
     * The server's last FATAL or PANIC line written since {@code from}, with the line before it when that comes from
     * the same process (PostgreSQL names what is wrong there: "invalid value for parameter …").
     */
    private static Optional<String> serverComplaint(Path serverLog, long from) {
        try {
            byte[] all = Files.readAllBytes(serverLog);
            int start = (int) Math.min(from, all.length);
            List<String> lines = new String(all, start, all.length - start, StandardCharsets.UTF_8).lines().toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (line.contains("FATAL:") || line.contains("PANIC:")) {
                    String fatal = withoutTimestamp(line);
                    if (i > 0 && process(lines.get(i - 1)).equals(process(line)) && !process(line).isEmpty()) {
                        return Optional.of(withoutTimestamp(lines.get(i - 1)) + " / " + fatal);
                    }
                    return Optional.of(fatal);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String process(String line) {
        int open = line.indexOf(" [");
        int close = line.indexOf("] ", open + 1);
        return open < 0 || close < 0 ? "" : line.substring(open, close);
    }

    private static String withoutTimestamp(String line) {
        int close = line.indexOf("] ");
        return (close < 0 || process(line).isEmpty() ? line : line.substring(close + 2)).trim();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
