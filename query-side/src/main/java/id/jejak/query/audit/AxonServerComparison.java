package id.jejak.query.audit;

import id.jejak.verifier.Break;
import id.jejak.verifier.BreakKind;
import id.jejak.verifier.LedgerEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Under Axon Server the ledger is a copy, and the store itself is not in PostgreSQL: a store wiped, altered or
 * reordered after the copy was made leaves the copy's chain and checkpoints intact. So the live verification also
 * reads Axon Server from its first event and compares it, index by index, with what the ledger recorded: an event
 * the ledger holds and Axon Server no longer does (its head went backwards), one whose content differs, one that
 * stands at another index. Events Axon Server holds beyond the ledger's head are not yet copied, not a fault.
 */
class AxonServerComparison {

    private static final int WAIT_SECONDS = 10;

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final Serializer serializer;

    AxonServerComparison(EventStore eventStore, JdbcClient jdbc, Serializer serializer) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    Optional<Break> firstDifference() {
        long recordedHead = jdbc.sql("select coalesce(max(global_index), 0) from " + LedgerStore.EVENTS)
                .query(Long.class).single();
        if (recordedHead == 0) {
            return Optional.empty();
        }
        long storeHead = eventStore.createHeadToken() == null ? 0
                : eventStore.createHeadToken().position().orElse(-1) + 1;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            long after = 0;
            List<LedgerEvent> page;
            do {
                page = recordedPage(after);
                for (LedgerEvent recorded : page) {
                    Optional<Break> difference = compare(recorded, stream, storeHead);
                    if (difference.isPresent()) {
                        return difference;
                    }
                    after = recorded.globalIndex();
                }
            } while (page.size() == LedgerStore.PAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading Axon Server", e);
        }
        return Optional.empty();
    }

    private Optional<Break> compare(LedgerEvent recorded, BlockingStream<TrackedEventMessage<?>> stream,
                                    long storeHead) throws InterruptedException {
        if (recorded.globalIndex() > storeHead || !stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
            return Optional.of(new Break(BreakKind.MISSING_EVENT, recorded.globalIndex(),
                    recorded.aggregateIdentifier(), recorded.sequenceNumber(), null,
                    "the ledger recorded this event but Axon Server's stream ends at global index " + storeHead
                            + ": its store went backwards (wiped or truncated)"));
        }
        TrackedEventMessage<?> message = stream.nextAvailable();
        long index = message.trackingToken().position().orElseThrow() + 1;
        LedgerEvent read = CopiedEvent.of(message, index, serializer, recorded.previousHash(), null);
        if (index != recorded.globalIndex() || !LedgerCopy.sameContent(recorded, read)) {
            boolean sameEvent = read.eventIdentifier().equals(recorded.eventIdentifier());
            boolean elsewhere = !sameEvent && jdbc.sql("select exists (select 1 from " + LedgerStore.EVENTS
                            + " where event_identifier = ?)").param(read.eventIdentifier())
                    .query(Boolean.class).single();
            BreakKind kind = sameEvent ? BreakKind.ALTERED_CONTENT
                    : elsewhere ? BreakKind.REORDERED_EVENT : BreakKind.ALTERED_CONTENT;
            return Optional.of(new Break(kind, recorded.globalIndex(), recorded.aggregateIdentifier(),
                    recorded.sequenceNumber(), null, switch (kind) {
                        case REORDERED_EVENT -> "Axon Server holds, at this index, an event the ledger recorded "
                                + "at another";
                        default -> sameEvent ? "Axon Server's copy of the event differs from the one the ledger "
                                + "recorded" : "Axon Server holds, at this index, an event the ledger never recorded";
                    }));
        }
        return Optional.empty();
    }

    private List<LedgerEvent> recordedPage(long after) {
        return jdbc.sql("select global_index, aggregate_identifier, sequence_number, type, event_identifier, "
                        + "payload_type, payload_revision, time_stamp, payload, meta_data, previous_hash, hash from "
                        + LedgerStore.EVENTS + " where global_index > ? order by global_index limit "
                        + LedgerStore.PAGE)
                .param(after).query((row, index) -> LedgerStore.event(row)).list();
    }
}
