package id.jejak.query.axonserver;

import org.axonframework.actuator.HealthStatus;
import org.axonframework.actuator.axonserver.AxonServerHealthIndicator;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Axon's indicator of the connection to Axon Server, for a side that still serves reads without it: the read models
 * are in PostgreSQL, so Axon Server out of reach makes them stop advancing, not vanish. Axon says DOWN then, which
 * would take a reading side out of its load balancer; this says WARN (Axon's own status, answered 200) and what
 * still works.
 */
class ReadsServedHealthIndicator extends AxonServerHealthIndicator {

    ReadsServedHealthIndicator(AxonServerConnectionManager connections) {
        super(connections);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        super.doHealthCheck(builder);
        if (Status.DOWN.equals(builder.build().getStatus())) {
            builder.status(HealthStatus.WARN)
                    .withDetail("reads", "served from PostgreSQL as of the last event read")
                    .withDetail("events", "Axon Server is out of reach: read models resume when it is back");
        }
    }
}
