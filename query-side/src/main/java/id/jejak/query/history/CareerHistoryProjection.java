package id.jejak.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.EventMetadata;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * Every event of every civil servant's career, one row each, with the context it was decided in. The row is keyed
 * by the person and the event's sequence number in their record, so a redelivered event is skipped.
 */
@Component
@ProcessingGroup(CareerHistoryProjection.NAME)
class CareerHistoryProjection {

    static final String NAME = "career-history";

    private final JdbcClient jdbc;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    CareerHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CareerEvent event, DomainEventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        MetaData metadata = message.getMetaData();
        jdbc.sql("""
                        insert into career_event (nip, sequence_number, global_index, event_id, event_type,
                                                  effective_date, recorded_at, actor_id, actor_role, reason,
                                                  legal_basis, correlation_id, causation_id, data)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (nip, sequence_number) do nothing""")
                .params(event.nip().value(), message.getSequenceNumber(),
                        token.position().isPresent() ? token.position().getAsLong() : null,
                        message.getIdentifier(), message.getPayloadType().getSimpleName(), event.effectiveDate(),
                        message.getTimestamp().atOffset(ZoneOffset.UTC),
                        text(metadata, EventMetadata.ACTOR_ID), text(metadata, EventMetadata.ACTOR_ROLE),
                        text(metadata, EventMetadata.REASON), text(metadata, EventMetadata.LEGAL_BASIS),
                        text(metadata, EventMetadata.CORRELATION_ID), text(metadata, EventMetadata.CAUSATION_ID),
                        json.writeValueAsString(event))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("truncate table career_event").update();
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
