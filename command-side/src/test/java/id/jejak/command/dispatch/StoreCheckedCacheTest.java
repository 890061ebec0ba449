package id.jejak.command.dispatch;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Axon's own cache entries, checked against what a store says it holds. */
class StoreCheckedCacheTest {

    private final EventStore store = mock(EventStore.class);
    private final LruCache memory = new LruCache(10);
    private final StoreCheckedCache cache = new StoreCheckedCache(memory, () -> store);

    @Test
    void aRecordTheStoreHoldsNoLaterEventForIsServedFromMemory() {
        AggregateCacheEntry<Record> entry = cachedAfter(3);
        cache.put("r-1", entry);
        when(store.lastSequenceNumberFor("r-1")).thenReturn(Optional.of(2L));

        assertThat(cache.<String, Object>get("r-1")).isSameAs(entry);
    }

    @Test
    void aRecordAnotherNodeHasChangedSinceIsForgotten() {
        cache.put("r-1", cachedAfter(3));
        when(store.lastSequenceNumberFor("r-1")).thenReturn(Optional.of(3L));

        assertThat(cache.<String, Object>get("r-1")).isNull();
        assertThat(memory.containsKey("r-1")).isFalse();
    }

    /** A record that handled {@code events} events, as Axon's caching repository puts it after a command. */
    private static AggregateCacheEntry<Record> cachedAfter(int events) {
        EventSourcedAggregate<Record> aggregate = EventSourcedAggregate.initialize(new Record(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Record.class), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        List<DomainEventMessage<?>> stream = LongStream.range(0, events)
                .<DomainEventMessage<?>>mapToObj(sequence ->
                        new GenericDomainEventMessage<>("Record", "r-1", sequence, "r-1"))
                .toList();
        aggregate.initializeState(DomainEventStream.of(stream));
        return new AggregateCacheEntry<>(aggregate);
    }

    static class Record {

        @AggregateIdentifier
        private String id;

        @EventSourcingHandler
        void on(String recorded) {
            id = recorded;
        }
    }
}
