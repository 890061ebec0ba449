package id.jejak.query.audit;

import id.jejak.platform.eventstore.EventStoreSchemaMigration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * The ledger under Axon Server: the event store's tables in PostgreSQL (the same migrations, chain trigger and
 * append-only rules as the JDBC store) hold a copy of the stream the query side reads, and the live verification
 * compares Axon Server with it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerLedgerConfiguration {

    @Bean
    EventStoreSchemaMigration ledgerCopySchema(DataSource dataSource) {
        return new EventStoreSchemaMigration(dataSource);
    }

    @Bean
    LedgerCopy ledgerCopy(JdbcClient jdbc, Serializer serializer) {
        return new LedgerCopy(jdbc, serializer);
    }

    /** One segment: the copy is written in Axon Server's order, each event after its predecessor in its stream. */
    @Bean
    ConfigurerModule ledgerCopyInOneSegment() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(LedgerCopy.PROCESSOR,
                        (configuration, builder) -> builder.initialSegmentCount(1)));
    }

    /** The health component {@code ledger}, in the {@code events} group. */
    @Bean
    StoreBehindLedgerHealthIndicator ledgerHealthIndicator(EventStore eventStore, JdbcClient jdbc) {
        return new StoreBehindLedgerHealthIndicator(eventStore, jdbc);
    }

    @Bean
    AxonServerComparison axonServerComparison(EventStore eventStore, JdbcClient jdbc,
                                              Serializer serializer) {
        return new AxonServerComparison(eventStore, jdbc, serializer);
    }
}
