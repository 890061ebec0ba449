package id.jejak.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
public class CareerHistoryProjection {

    public static final String NAME = "career-history";

    private final JdbcClient jdbc;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    CareerHistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CareerEvent event, DomainEventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        MetaData metadata = message.getMetaData();
        String type = message.getPayloadType().getSimpleName();
        JsonNode data = json.valueToTree(event);
        String nip = event.nip().value();
        long globalIndex = globalIndex(token);
        String unit = unitOf(nip, data, globalIndex);
        jdbc.sql("""
                        insert into career_event (event_id, nip, stream_id, sequence_number, global_index, event_type,
                                                  kind, work_unit, approver_id, corrects_event_id, effective_date,
                                                  recorded_at, actor_id, actor_role, reason, legal_basis,
                                                  correlation_id, causation_id, data)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        on conflict (event_id) do nothing""")
                .params(message.getIdentifier(), nip, message.getAggregateIdentifier(), message.getSequenceNumber(),
                        globalIndex, type, DecisionKind.of(type).name(), unit, text(data, "approvedBy", "rejectedBy"),
                        correctedEvent(nip, type, data), event.effectiveDate(),
                        message.getTimestamp().atOffset(ZoneOffset.UTC),
                        text(metadata, EventMetadata.ACTOR_ID), text(metadata, EventMetadata.ACTOR_ROLE),
                        text(metadata, EventMetadata.REASON), text(metadata, EventMetadata.LEGAL_BASIS),
                        text(metadata, EventMetadata.CORRELATION_ID), text(metadata, EventMetadata.CAUSATION_ID),
                        json.writeValueAsString(data))
                .update();
    }

    /**
     * The unit the person belongs to when the event is recorded; a registration or a placement moves them first.
     * Older events keep the unit they were stamped with.
     */
    private String unitOf(String nip, JsonNode data, long globalIndex) {
        if (data.hasNonNull("workUnit") && (data.has("position") || data.has("title"))) {
            jdbc.sql("""
                            insert into person_unit (nip, work_unit, global_index) values (?, ?, ?)
                            on conflict (nip) do update set work_unit = excluded.work_unit,
                                                            global_index = excluded.global_index
                            where person_unit.global_index < excluded.global_index""")
                    .params(nip, data.get("workUnit").asText(), globalIndex).update();
        }
        return jdbc.sql("select work_unit from person_unit where nip = ?").param(nip).query(String.class)
                .optional().orElse(null);
    }

    /** The event a correction or revocation names, so the history can link both ways. */
    private String correctedEvent(String nip, String type, JsonNode data) {
        if (data.hasNonNull("revokedEventId")) {
            return data.get("revokedEventId").asText();
        }
        if (data.hasNonNull("correctedEventId")) {
            return data.get("correctedEventId").asText();
        }
        if ("SanctionRevoked".equals(type)) {
            return jdbc.sql("""
                            select event_id from career_event
                            where nip = ? and event_type = 'SanctionImposed' and data ->> 'sanctionId' = ?""")
                    .params(nip, data.path("sanctionId").asText()).query(String.class).optional().orElse(null);
        }
        return null;
    }

    @ResetHandler
    void reset() {
        jdbc.sql("truncate table career_event, person_unit").update();
    }

    /** The store's position of the event: the order in which events were recorded, across every stream. */
    private static long globalIndex(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("an event stream without positions"));
    }

    private static String text(JsonNode data, String... fields) {
        for (String field : fields) {
            if (data.hasNonNull(field)) {
                return data.get(field).asText();
            }
        }
        return null;
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
