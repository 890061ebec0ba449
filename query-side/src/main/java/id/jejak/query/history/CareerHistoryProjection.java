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
 * Every event of every civil servant's career, one row each, with the context it was decided in — also the events of
 * other streams that name a civil servant, such as a programme's enrolments. The row is keyed by the event's id, so
 * a redelivered event is skipped.
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
                        insert into career_event (event_id, nip, stream_id, sequence_number, global_index, event_type,
                                                  effective_date, recorded_at, actor_id, actor_role, reason,
                                                  legal_basis, correlation_id, causation_id, data)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (event_id) do nothing""")
                .params(message.getIdentifier(), event.nip().value(), message.getAggregateIdentifier(),
                        message.getSequenceNumber(), globalIndex(token), message.getPayloadType().getSimpleName(),
                        event.effectiveDate(), message.getTimestamp().atOffset(ZoneOffset.UTC),
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

    /** The store's position of the event: the order in which events were recorded, across every stream. */
    private static long globalIndex(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("an event stream without positions"));
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
