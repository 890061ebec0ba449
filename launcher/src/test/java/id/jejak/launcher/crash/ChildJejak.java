package id.jejak.launcher.crash;

import id.jejak.launcher.JejakLauncher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Jejak as an operator runs it — {@code java … JejakLauncher} in a process of its own on a data directory that
 * outlives it — so that a test can kill it, or its database, for real. Its output goes to a file beside the data.
 */
final class ChildJejak implements AutoCloseable {

    private final Process process;
    private final Path dataDirectory;
    final int commandPort;
    final int queryPort;
    final String databaseUrl;
    final Duration startedIn;

    private ChildJejak(Process process, Path dataDirectory, int commandPort, int queryPort, String databaseUrl,
                       Duration startedIn) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.commandPort = commandPort;
        this.queryPort = queryPort;
        this.databaseUrl = databaseUrl;
        this.startedIn = startedIn;
    }

    static ChildJejak start(Path dataDirectory, Path output) throws Exception {
        int commandPort = freePort();
        int queryPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"),
                JejakLauncher.class.getName(), "--jejak.embedded-postgres.data-directory=" + dataDirectory,
                "--jejak.security.demo.password-cost=4")
                .redirectErrorStream(true);
        builder.environment().put("JEJAK_COMMAND_SIDE_PORT", String.valueOf(commandPort));
        builder.environment().put("JEJAK_QUERY_SIDE_PORT", String.valueOf(queryPort));
        long started = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<String> databaseUrl = copyOutput(process, output);
        try {
            String url = databaseUrl.get(150, TimeUnit.SECONDS);
            return new ChildJejak(process, dataDirectory, commandPort, queryPort, url,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Jejak did not start; its output is in " + output, e);
        }
    }

    /** The JVM killed as the OOM killer or a host's kill does it: no shutdown hook, its postmaster left running. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The database's postmaster killed under the running JVM. */
    long killPostmaster() throws IOException {
        long pid = postmasterPid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return pid;
    }

    /**
     * The whole database frozen, as a hung storage or a paused virtual machine freezes it: the postmaster and every
     * backend stopped with SIGSTOP (connections stay open, nothing answers), until {@link #thaw}.
     */
    java.util.List<Long> freezeDatabase() throws Exception {
        long postmaster = postmasterPid();
        // the postmaster first, so that it forks no backend between the listing of its children and their stop (one
        // forked in that gap was seen serving a read of the frozen database)
        signal("STOP", java.util.List.of(postmaster));
        java.util.List<Long> children = new java.util.ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(handle -> handle.children().forEach(child -> children.add(child.pid())));
        if (!children.isEmpty()) {
            signal("STOP", children);
        }
        java.util.List<Long> processes = new java.util.ArrayList<>(java.util.List.of(postmaster));
        processes.addAll(children);
        return processes;
    }

    void thaw(java.util.List<Long> processes) throws Exception {
        signal("CONT", processes);
    }

    private static void signal(String signal, java.util.List<Long> processes) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("kill", "-" + signal));
        processes.forEach(pid -> command.add(String.valueOf(pid)));
        new ProcessBuilder(command).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Stopped as Ctrl-C or a service manager stops it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Copies the child's output to a file until it ends, on a thread of its own; the answer is the database URL, as
     * soon as the child says it runs.
     */
    private static CompletableFuture<String> copyOutput(Process process, Path output) {
        CompletableFuture<String> running = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            String url = null;
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                 var file = Files.newBufferedWriter(output, StandardCharsets.UTF_8,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    file.write(line);
                    file.newLine();
                    file.flush();
                    if (line.trim().startsWith("PostgreSQL ") && url == null) {
                        url = line.trim().substring("PostgreSQL".length()).trim();
                    }
                    if (line.startsWith("Press Ctrl-C") && url != null) {
                        running.complete(url);
                    }
                }
            } catch (IOException ended) {
                // the child is gone
            }
            running.completeExceptionally(new IllegalStateException("the child stopped before it said it runs"));
        }, "child-jejak-output");
        copier.setDaemon(true);
        copier.start();
        return running;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
