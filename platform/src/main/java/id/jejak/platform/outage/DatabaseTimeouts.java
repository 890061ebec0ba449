package id.jejak.platform.outage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Bounds on every wait for the database, for either side and any PostgreSQL (embedded or configured), so that a
 * database that is stopped, restarting or frozen costs a request seconds, not the pool's default 30 s or forever:
 * <ul>
 *     <li>a connection is had within 1.5 s or the request answers 503 (the pool checks an idle connection within 0.75 s
 *     before handing it out, and a new one must connect within 2 s);</li>
 *     <li>no statement waits longer than {@value #SOCKET_TIMEOUT_SECONDS} s for the server's answer (a frozen
 *     server holds an in-flight request no longer), and TCP keep-alive notices a peer that vanished;</li>
 *     <li>the driver's exceptions never quote a statement's values or the server's detail (a duplicate key's
 *     NIP, a payload), which would otherwise reach a log line.</li>
 * </ul>
 * Each is a default: any of these keys set in configuration or the environment wins.
 */
public class DatabaseTimeouts implements EnvironmentPostProcessor {

    static final int SOCKET_TIMEOUT_SECONDS = 10;

    private static final String DRIVER = "spring.datasource.hikari.data-source-properties.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("jejakDatabaseTimeouts", Map.of(
                "spring.datasource.hikari.connection-timeout", "1500",
                "spring.datasource.hikari.validation-timeout", "750",
                DRIVER + "connectTimeout", "2",
                DRIVER + "socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS),
                DRIVER + "tcpKeepAlive", "true",
                DRIVER + "logServerErrorDetail", "false")));
    }
}
