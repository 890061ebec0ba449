package id.jejak.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The event store on PostgreSQL: Axon's JDBC storage engine over tables Flyway owns in the {@code eventstore} schema,
 * every message serialized as JSON, and streaming processors that work in batches. Axon Server (the
 * {@code axonserver} profile) replaces the storage, so the JDBC parts stand down when it is enabled.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    /** The schema the event and snapshot tables live in, whichever side's connection reads them. */
    public static final String SCHEMA = "eventstore";

    /** The JSON form of every message: dates as ISO strings, and unknown fields tolerated so old events stay readable. */
    public static ObjectMapper messageJson() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(messageJson())
                .revisionResolver(revisionResolver)
                .build();
    }

    @Bean
    public ConfigurerModule batchedStreamingProcessors(EventStoreProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .batchSize(properties.processorBatchSize())
                        .initialSegmentCount(properties.processorSegments())));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    static class Jdbc {

        @Bean
        public EventSchema eventSchema() {
            return EventSchema.builder()
                    .eventTable(SCHEMA + ".domain_event_entry")
                    .snapshotTable(SCHEMA + ".snapshot_event_entry")
                    .build();
        }

        /** PostgreSQL's driver reports a unique-key violation by SQL state, not by a JDBC exception subclass. */
        @Bean
        public PersistenceExceptionResolver uniqueViolationResolver() {
            return exception -> {
                for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                        return true;
                    }
                }
                return false;
            };
        }

        /** Axon's own event store, polling the table more often than its default of once a second. */
        @Qualifier("eventStore")
        @Bean(name = "eventBus")
        public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                             EventStoreProperties properties) {
            return EmbeddedEventStore.builder()
                    .storageEngine(storageEngine)
                    .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                    .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                    .fetchDelay(properties.pollInterval().toMillis())
                    .timeUnit(TimeUnit.MILLISECONDS)
                    .build();
        }

        @Bean
        public EventStoreSchemaMigration eventStoreSchemaMigration(DataSource dataSource) {
            return new EventStoreSchemaMigration(dataSource);
        }
    }
}
