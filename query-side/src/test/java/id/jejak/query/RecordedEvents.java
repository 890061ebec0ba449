package id.jejak.query;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.EventMetadata;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

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
        String nip = event.nip().value();
        long sequence = nextSequence.merge(nip, 0L, (last, ignored) -> last + 1);
        var message = new GenericDomainEventMessage<>("CivilServant", nip, sequence, event,
                MetaData.with(EventMetadata.ACTOR_ID, actorId)
                        .and(EventMetadata.CORRELATION_ID, UUID.randomUUID().toString()));
        eventStore.publish(message);
        return message;
    }
}
