package id.jejak.query.audit;

import id.jejak.verifier.LedgerEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;

/**
 * Under Axon Server, writes every event it reads into the ledger's table in PostgreSQL, where the same trigger as
 * under the JDBC store chains it to its stream and nothing may change it afterwards; the sealer then signs
 * checkpoints over it, and export and verification read it as they read the JDBC store. One segment, so events are
 * written in Axon Server's order. An event read again (a replay, or a batch retried) that matches the one recorded
 * is skipped; one that does not is not written, and is reported by the live verification, which compares Axon
 * Server with the ledger ({@link AxonServerComparison}).
 */
@ProcessingGroup(LedgerCopy.PROCESSOR)
class LedgerCopy {

    static final String PROCESSOR = "ledger";
    private static final Logger log = LoggerFactory.getLogger(LedgerCopy.class);

    private final JdbcClient jdbc;
    private final Serializer serializer;

    LedgerCopy(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @EventHandler
    void on(EventMessage<?> message, TrackingToken token) {
        long globalIndex = token.position().orElseThrow() + 1;
        LedgerEvent event = CopiedEvent.of(message, globalIndex, serializer, null, null);
        int written = jdbc.sql("insert into " + LedgerStore.EVENTS + " (global_index, aggregate_identifier, "
                        + "sequence_number, type, event_identifier, payload_type, payload_revision, time_stamp, "
                        + "payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(), event.type(),
                        event.eventIdentifier(), event.payloadType(), event.payloadRevision(), event.timeStamp(),
                        event.payload(), event.metaData())
                .update();
        if (written == 0 && !sameAsRecorded(event)) {
            // the stream's identifier is a NIP: only the index goes to the log
            log.warn("Axon Server sent, at global index {}, an event that differs from the one the ledger recorded "
                    + "there or for its stream and sequence; not written (GET /api/v1/audit/verification)",
                    globalIndex);
        }
    }

    private boolean sameAsRecorded(LedgerEvent event) {
        return jdbc.sql("select global_index, aggregate_identifier, sequence_number, type, event_identifier, "
                        + "payload_type, payload_revision, time_stamp, payload, meta_data, previous_hash, hash from "
                        + LedgerStore.EVENTS + " where global_index = ? or event_identifier = ? "
                        + "or (aggregate_identifier = ? and sequence_number = ?)")
                .params(event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                        event.sequenceNumber())
                .query((row, index) -> LedgerStore.event(row)).list().stream()
                .allMatch(recorded -> sameContent(recorded, event));
    }

    static boolean sameContent(LedgerEvent recorded, LedgerEvent read) {
        return recorded.globalIndex() == read.globalIndex()
                && recorded.aggregateIdentifier().equals(read.aggregateIdentifier())
                && recorded.sequenceNumber() == read.sequenceNumber()
                && recorded.eventIdentifier().equals(read.eventIdentifier())
                && java.util.Objects.equals(recorded.type(), read.type())
                && recorded.payloadType().equals(read.payloadType())
                && java.util.Objects.equals(recorded.payloadRevision(), read.payloadRevision())
                && recorded.timeStamp().equals(read.timeStamp())
                && Arrays.equals(recorded.payload(), read.payload())
                && Arrays.equals(recorded.metaData(), read.metaData());
    }
}
