package id.jejak.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

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

    /**
     * The JSON form of every message: dates as ISO strings, read back by their digits, and unknown fields tolerated so
     * old events stay readable.
     */
    public static ObjectMapper messageJson() {
        return JsonMapper.builder()
                .findAndAddModules()
                .addModule(new SimpleModule("plain-dates").addDeserializer(LocalDate.class, new PlainDateDeserializer()))
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

    /**
     * Each side keeps its processors' tokens in its own schema, the first on its connection's search path — with
     * Axon Server too, which stores events but not tokens.
     */
    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * A side that runs on several nodes provides a {@link MaxSegmentProvider} (its fair share of each processor's
     * segments); Axon's coordinator then claims no more and releases the surplus, so segments spread over the nodes.
     */
    @Bean
    public ConfigurerModule batchedStreamingProcessors(EventStoreProperties properties,
                                                       ObjectProvider<MaxSegmentProvider> segmentShare) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((configuration, builder) -> {
                    builder.batchSize(properties.processorBatchSize())
                            .initialSegmentCount(properties.processorSegments())
                            .tokenClaimInterval(properties.tokenClaimInterval().toMillis());
                    segmentShare.ifAvailable(builder::maxSegmentProvider);
                    return builder;
                }));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    static class Jdbc {

        @Bean
        public EventSchema eventSchema() {
            return EventSchema.builder()
                    .eventTable(SCHEMA + ".domain_event_entry")
                    .snapshotTable(SCHEMA + ".snapshot_event_entry")
                    .globalIndexColumn("global_index")
                    .timestampColumn("time_stamp")
                    .eventIdentifierColumn("event_identifier")
                    .aggregateIdentifierColumn("aggregate_identifier")
                    .sequenceNumberColumn("sequence_number")
                    .typeColumn("type")
                    .payloadTypeColumn("payload_type")
                    .payloadRevisionColumn("payload_revision")
                    .payloadColumn("payload")
                    .metaDataColumn("meta_data")
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

        @Bean
        public EventStoreSchemaMigration eventStoreSchemaMigration(DataSource dataSource) {
            return new EventStoreSchemaMigration(dataSource);
        }
    }
}
