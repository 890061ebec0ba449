package id.jejak.query;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.EventMetadata;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events straight to the event store, the way the command side would, so the query side can be tested on
 * its own — including with histories the command side's rules would never have let through.
 */
public class RecordedEvents {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public RecordedEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public GenericDomainEventMessage<CareerEvent> append(CareerEvent event, String actorId) {
        return append(event, actorId, Instant.now());
    }

    /** Appends to the person's record as if recorded at {@code recordedAt}: the store keeps the given time. */
    public GenericDomainEventMessage<CareerEvent> append(CareerEvent event, String actorId, Instant recordedAt) {
        return appendTo("CivilServant", event.nip().value(), event, actorId, recordedAt);
    }

    /** Appends to another record, a work unit's or a programme's, whose events need not name a person. */
    public <T> GenericDomainEventMessage<T> appendTo(String aggregateType, String aggregateId, T event,
                                                     String actorId) {
        return appendTo(aggregateType, aggregateId, event, actorId, Instant.now());
    }

    public <T> GenericDomainEventMessage<T> appendTo(String aggregateType, String aggregateId, T event,
                                                     String actorId, Instant recordedAt) {
        return appendTo(aggregateType, aggregateId, event, actorId, recordedAt, MetaData.emptyInstance());
    }

    /** Appends with metadata beside the actor's and the correlation's, as a bulk import's migration marks. */
    public <T> GenericDomainEventMessage<T> appendTo(String aggregateType, String aggregateId, T event,
                                                     String actorId, Instant recordedAt, MetaData more) {
        long sequence = nextSequence.merge(aggregateId, 0L, (last, ignored) -> last + 1);
        var message = new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event,
                MetaData.with(EventMetadata.ACTOR_ID, actorId)
                        .and(EventMetadata.CORRELATION_ID, UUID.randomUUID().toString()).mergedWith(more),
                UUID.randomUUID().toString(), recordedAt);
        eventStore.publish(message);
        return message;
    }
}
