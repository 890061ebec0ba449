package id.jejak.query.audit;

import org.axonframework.actuator.HealthStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Under Axon Server: whether Axon Server still holds every event the ledger copied. A store that holds fewer was
 * wiped or truncated; the read models keep what they had read (WARN, not DOWN: reads are still served), new events
 * would be numbered over old ones, and the live verification says what is missing.
 */
class StoreBehindLedgerHealthIndicator extends AbstractHealthIndicator {

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    StoreBehindLedgerHealthIndicator(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long recorded = jdbc.sql("select coalesce(max(global_index), 0) from " + LedgerStore.EVENTS)
                .query(Long.class).single();
        TrackingToken head = eventStore.createHeadToken();
        long stored = head == null ? 0 : head.position().orElse(-1) + 1;
        builder.withDetail("ledgerHead", recorded).withDetail("storeHead", stored);
        if (stored < recorded) {
            builder.status(HealthStatus.WARN).withDetail("store", "Axon Server holds fewer events than the ledger "
                    + "copied: its store went backwards; see GET /api/v1/audit/verification");
        } else {
            builder.up();
        }
    }
}
