package id.jejak.platform.outage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The bounds a side runs within, for either side and any PostgreSQL (embedded or configured). Bounds on every wait
 * for the database, so that a database that is stopped, restarting or frozen costs a request seconds, not the pool's
 * default 30 s or forever:
 * <ul>
 *     <li>a connection is had within 1.5 s or the request answers 503 (the pool checks an idle connection within 0.75 s
 *     before handing it out, and a new one must connect within 2 s);</li>
 *     <li>no statement waits longer than {@value #SOCKET_TIMEOUT_SECONDS} s for the server's answer (a frozen
 *     server holds an in-flight request no longer), and TCP keep-alive notices a peer that vanished;</li>
 *     <li>the driver's exceptions never quote a statement's values or the server's detail (a duplicate key's
 *     NIP, a payload), which would otherwise reach a log line.</li>
 * </ul>
 * And bounds on what a client may hold: at most {@value #MAX_CONNECTIONS} connections (a hundred more wait in the
 * backlog), a request's headers complete within {@code jejak.web.header-deadline} (10 s) of the connection opening or
 * of the previous answer (see {@link id.jejak.platform.web.HeaderDeadline}), and five seconds of silence end a
 * connection that is reading.
 * <p>
 * Axon's own handler timeouts are off: every wait of a handler on the database is bounded above, and the command side
 * stops waiting for a command after 30 s (its gateway); Axon's warning after 10 s and interruption after 30 or 60 s
 * cost every handler call (each command, each event in each projection) a copy of the thread's stack, a formatted
 * task name and a task on a scheduler (README, Figures, commands).
 * <p>
 * Each is a default: any of these keys set in configuration or the environment wins.
 */
public class OperatingLimits implements EnvironmentPostProcessor {

    static final int MAX_CONNECTIONS = 2000;

    static final int SOCKET_TIMEOUT_SECONDS = 10;

    private static final String DRIVER = "spring.datasource.hikari.data-source-properties.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("jejakOperatingLimits", Map.ofEntries(
                Map.entry("server.tomcat.max-connections", String.valueOf(MAX_CONNECTIONS)),
                Map.entry("server.tomcat.accept-count", "100"),
                Map.entry("server.tomcat.connection-timeout", "5s"),
                Map.entry("server.tomcat.keep-alive-timeout", "10s"),
                Map.entry("jejak.web.header-deadline", "10s"),
                Map.entry("spring.datasource.hikari.connection-timeout", "1500"),
                Map.entry("spring.datasource.hikari.validation-timeout", "750"),
                Map.entry(DRIVER + "connectTimeout", "2"),
                Map.entry(DRIVER + "socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS)),
                Map.entry(DRIVER + "tcpKeepAlive", "true"),
                Map.entry(DRIVER + "logServerErrorDetail", "false"),
                Map.entry("axon.timeout.enabled", "false"))));
    }
}
