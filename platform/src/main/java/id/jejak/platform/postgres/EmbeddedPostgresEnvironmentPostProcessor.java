package id.jejak.platform.postgres;

import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded default: with no {@code spring.datasource.url} configured, start (or join, within this JVM) an
 * embedded PostgreSQL and point the datasource at it. Done before the context is built so that everything else —
 * Spring Boot's datasource, Flyway, Axon's JDBC storage — sees an ordinary PostgreSQL URL.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PREFIX = "jejak.embedded-postgres.";

    /** Logging is not set up yet while the environment is prepared; these lines are written once it is. */
    private final Log startupLog;

    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.startupLog = logs.getLog(EmbeddedPostgresServers.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(PREFIX + "enabled", Boolean.class, true)) {
            return;
        }
        boolean ephemeral = environment.getProperty(PREFIX + "ephemeral", Boolean.class, false);
        var settings = new EmbeddedPostgresServers.Settings(
                ephemeral ? null : Path.of(environment.getProperty(PREFIX + "data-directory", "var/postgres")),
                environment.getProperty(PREFIX + "port", Integer.class, 0),
                environment.getProperty(PREFIX + "startup-wait", Duration.class, Duration.ofSeconds(60)));
        String url = EmbeddedPostgresServers.acquire(settings, startupLog);
        application.addListeners(new Lease(settings));
        environment.getPropertySources().addFirst(new MapPropertySource("jejakEmbeddedPostgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", EmbeddedPostgresServers.USER,
                "spring.datasource.password", "",
                PREFIX + "url", url)));
    }

    /**
     * One application's use of the server. It is given back when the application context is destroyed — as the
     * context's first-registered disposable, so after every bean that uses the database — or when the
     * application fails before it had a context to destroy.
     */
    private static final class Lease implements ApplicationListener<ApplicationEvent> {

        private final EmbeddedPostgresServers.Settings settings;
        private boolean heldByContext;

        private Lease(EmbeddedPostgresServers.Settings settings) {
            this.settings = settings;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationPreparedEvent prepared
                    && prepared.getApplicationContext().getBeanFactory() instanceof DefaultListableBeanFactory beans) {
                beans.registerDisposableBean("jejakEmbeddedPostgresLease",
                        () -> EmbeddedPostgresServers.release(settings));
                heldByContext = true;
            } else if (event instanceof ApplicationFailedEvent && !heldByContext) {
                EmbeddedPostgresServers.release(settings);
            }
        }
    }
}
