package id.jejak.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.query.projection.ProjectionTables;
import id.jejak.query.projection.StatementBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static id.jejak.query.projection.StatementBatch.parameters;

/**
 * Every event of every civil servant's career, one row each, with the context it was decided in — also the events of
 * other streams that name a civil servant, such as a programme's enrolments. The row is keyed by the event's id, so
 * a redelivered event is skipped.
 */
@Component
@ProcessingGroup(CareerHistoryProjection.NAME)
public class CareerHistoryProjection implements ProjectionTables {

    public static final String NAME = "career-history";

    /**
     * The event's row; the person's unit is read as the statements before it in the batch have left it. A row
     * inserted (not one skipped as redelivered) is counted in its unit's year, for the trail's total, by the table's
     * trigger ({@code count_career_events}): a plain INSERT, which the driver sends with its batch as one statement.
     */
    private static final String INSERT = """
            insert into career_event (event_id, nip, stream_id, sequence_number, global_index, event_type, kind,
                                      work_unit, approver_id, corrects_event_id, effective_date, recorded_at, actor_id,
                                      actor_role, reason, legal_basis, correlation_id, causation_id, data)
            values (:eventId, :nip, :streamId, :sequenceNumber, :globalIndex, :eventType, :kind,
                    (select work_unit from person_unit where nip = :nip), :approverId, %s, :effectiveDate, :recordedAt,
                    :actorId, :actorRole, :reason, :legalBasis, :correlationId, :causationId, cast(:data as jsonb))
            on conflict (event_id) do nothing""";

    private static final String INSERT_NAMING_ITS_TARGET = INSERT.formatted(":correctsEventId");

    /**
     * A revoked sanction is named by its sanction id: the event that imposed it is the person's, recorded before. The
     * command side never imposes one sanction id twice, but the store does not forbid it; the first imposition is the
     * one named, so a second does not fail the batch (and stall the projection) on a subquery of two rows.
     */
    private static final String INSERT_REVOKING_A_SANCTION = INSERT.formatted("""
            (select imposed.event_id from career_event imposed
              where imposed.nip = :nip and imposed.event_type = 'SanctionImposed'
                and imposed.data ->> 'sanctionId' = :sanctionId
              order by imposed.global_index limit 1)""");

    private final StatementBatch batch;
    private final JdbcClient jdbc;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    CareerHistoryProjection(StatementBatch batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("career_event", "person_unit", "career_event_count");
    }

    /** The trail's and the history's; the handlers read the person's unit, and their events by NIP. */
    @Override
    public Set<String> indexesForReadersOnly() {
        return Set.of("career_event_by_correction", "career_event_by_effective_date", "career_event_by_unit_name",
                "career_event_by_unit_year");
    }

    /**
     * Every statement touches only the rows of the event's person, so the person orders them: an enrolment from a
     * programme's stream still sees the unit its person's placements before it in the batch have set.
     */
    @EventHandler
    void on(CareerEvent event, DomainEventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        MetaData metadata = message.getMetaData();
        String type = message.getPayloadType().getSimpleName();
        JsonNode data = json.valueToTree(event);
        String nip = event.nip().value();
        long globalIndex = globalIndex(token);
        if (movesPerson(data)) {
            batch.add(nip, """
                            insert into person_unit (nip, work_unit, global_index)
                            values (:nip, :workUnit, :globalIndex)
                            on conflict (nip) do update set work_unit = excluded.work_unit,
                                                            global_index = excluded.global_index
                            where person_unit.global_index < excluded.global_index""",
                    parameters("nip", nip, "workUnit", data.get("workUnit").asText(), "globalIndex", globalIndex));
        }
        String correctsEventId = text(data, "revokedEventId", "correctedEventId");
        var row = parameters("eventId", message.getIdentifier(), "nip", nip,
                "streamId", message.getAggregateIdentifier(), "sequenceNumber", message.getSequenceNumber(),
                "globalIndex", globalIndex, "eventType", type, "kind", DecisionKind.of(event.getClass()).name(),
                "approverId", text(data, "approvedBy", "rejectedBy"), "correctsEventId", correctsEventId,
                "sanctionId", data.path("sanctionId").asText(), "effectiveDate", event.effectiveDate(),
                "recordedAt", message.getTimestamp().atOffset(ZoneOffset.UTC),
                "actorId", text(metadata, EventMetadata.ACTOR_ID),
                "actorRole", text(metadata, EventMetadata.ACTOR_ROLE),
                "reason", text(metadata, EventMetadata.REASON),
                "legalBasis", text(metadata, EventMetadata.LEGAL_BASIS),
                "correlationId", text(metadata, EventMetadata.CORRELATION_ID),
                "causationId", text(metadata, EventMetadata.CAUSATION_ID),
                "data", json.writeValueAsString(data));
        if (correctsEventId == null && event instanceof SanctionRevoked) {
            // its value reads the person's rows this statement inserts: not one row among others
            batch.add(nip, INSERT_REVOKING_A_SANCTION, row);
        } else {
            batch.addRow(nip, INSERT_NAMING_ITS_TARGET, row);
        }
    }

    /**
     * Whether the event moves the person to the unit it names, as a registration or a placement does: the person's
     * unit when later events are recorded. Older events keep the unit they were stamped with.
     */
    private static boolean movesPerson(JsonNode data) {
        return data.hasNonNull("workUnit") && (data.has("position") || data.has("title"));
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
