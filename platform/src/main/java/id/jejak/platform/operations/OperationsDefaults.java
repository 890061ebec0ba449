package id.jejak.platform.operations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * What an operator watches, the same on both sides: health with liveness and readiness groups (readiness includes
 * the database and the event processors; liveness only the process, so an outage of the database never makes a
 * supervisor restart a healthy JVM), details for admins, and metrics — Spring's and Axon's, with dimensions — for
 * admins at {@code /actuator/prometheus} and {@code /actuator/metrics}. Defaults: configuration wins.
 */
public class OperationsDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("jejakOperationsDefaults", Map.of(
                "management.endpoints.web.exposure.include", "health,info,metrics,prometheus",
                "management.endpoint.health.probes.enabled", "true",
                "management.endpoint.health.group.readiness.include", "readinessState,db,processors",
                "management.endpoint.health.group.liveness.include", "livenessState",
                "management.endpoint.health.show-details", "when-authorized",
                "management.endpoint.health.roles", "ADMIN",
                "axon.metrics.micrometer.dimensional", "true")));
    }
}
