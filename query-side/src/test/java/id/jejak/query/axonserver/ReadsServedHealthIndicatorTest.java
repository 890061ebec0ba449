package id.jejak.query.axonserver;

import org.axonframework.actuator.HealthStatus;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ReadsServedHealthIndicatorTest {

    private final AxonServerConnectionManager connections = mock(AxonServerConnectionManager.class);

    @Test
    void aQuerySideCutOffFromAxonServerWarnsThatItServesReadsThatNoLongerAdvance() {
        when(connections.connections()).thenReturn(Map.of("default", false));

        Health health = new ReadsServedHealthIndicator(connections).health();

        assertThat(health.getStatus()).isEqualTo(HealthStatus.WARN);
        assertThat(health.getDetails()).containsKeys("reads", "events");
    }

    @Test
    void aQuerySideConnectedToAxonServerIsUp() {
        when(connections.connections()).thenReturn(Map.of("default", true));

        Health health = new ReadsServedHealthIndicator(connections).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).doesNotContainKey("reads");
    }
}
