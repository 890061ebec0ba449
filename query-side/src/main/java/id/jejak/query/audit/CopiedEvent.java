package id.jejak.query.audit;

import id.jejak.verifier.LedgerEvent;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.TreeMap;

/**
 * An event read from Axon Server in the ledger's columns, as Axon's JDBC store would have stored it: the payload
 * serialized again with the side's serializer, the metadata with its keys sorted (so the same event gives the same
 * bytes each time it is read), an event outside any aggregate as its own stream of one. The copy and the comparison
 * with Axon Server both build it here, so they agree on the bytes.
 */
final class CopiedEvent {

    private CopiedEvent() {
    }

    /** The event at {@code globalIndex} (Axon Server's index plus one: the ledger's global index starts at 1). */
    static LedgerEvent of(EventMessage<?> event, long globalIndex, Serializer serializer, byte[] previousHash,
                          byte[] hash) {
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        byte[] metaData = serializer.serialize(new TreeMap<>(event.getMetaData()), byte[].class).getData();
        boolean domain = event instanceof DomainEventMessage<?>;
        String aggregate = domain ? ((DomainEventMessage<?>) event).getAggregateIdentifier() : event.getIdentifier();
        long sequence = domain ? ((DomainEventMessage<?>) event).getSequenceNumber() : 0L;
        String type = domain ? ((DomainEventMessage<?>) event).getType() : null;
        return new LedgerEvent(globalIndex, aggregate, sequence, type, event.getIdentifier(),
                payload.getType().getName(), payload.getType().getRevision(),
                DateTimeUtils.formatInstant(event.getTimestamp()), payload.getData(), metaData, previousHash, hash);
    }
}
