package id.jejak.command.migration;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.PromotionGranted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What an import needs of a person's stream as the store holds it: whether it has begun, its last sequence number
 * (the next event follows it) and the ranks and positions held by TMT, so that a migrated rank or placement follows
 * the one held before its TMT whatever order the files arrive in. Read from the first event, never a snapshot: a snapshot is the command
 * side's copy of the record, not history.
 */
record RecordedStream(boolean begun, long lastSequence, NavigableMap<LocalDate, Rank> ranks,
                      NavigableMap<LocalDate, Position> positions) {

    /** A position held, as a placement names the one it ends. */
    record Position(String title, String workUnit) {
    }

    static RecordedStream of(EventStore store, String nip) {
        DomainEventStream events = store.readEvents(nip, 0);
        long last = -1;
        NavigableMap<LocalDate, Rank> ranks = new TreeMap<>();
        NavigableMap<LocalDate, Position> positions = new TreeMap<>();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            last = event.getSequenceNumber();
            if (event.getPayload() instanceof CivilServantRegistered registered) {
                positions.put(registered.effectiveDate(), new Position(registered.position(), registered.workUnit()));
                if (registered.rank() != null) {
                    ranks.put(registered.rankSince() == null ? registered.effectiveDate() : registered.rankSince(),
                            registered.rank());
                }
            } else if (event.getPayload() instanceof PlacedInPosition placed) {
                positions.put(placed.effectiveDate(), new Position(placed.title(), placed.workUnit()));
            } else if (event.getPayload() instanceof PromotionGranted granted) {
                ranks.put(granted.effectiveDate(), granted.toRank());
            }
        }
        return new RecordedStream(last >= 0, last, ranks, positions);
    }

    /** The rank held the day before {@code date}; none for a person recorded without one before it. */
    Rank rankBefore(LocalDate date) {
        Map.Entry<LocalDate, Rank> held = ranks.lowerEntry(date);
        return held == null ? null : held.getValue();
    }

    /** The position held the day before {@code date}. */
    Position positionBefore(LocalDate date) {
        Map.Entry<LocalDate, Position> held = positions.lowerEntry(date);
        return held == null ? null : held.getValue();
    }
}
