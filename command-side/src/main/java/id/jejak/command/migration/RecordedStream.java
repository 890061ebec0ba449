package id.jejak.command.migration;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.PromotionGranted;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What an import needs of a person's stream: whether it has begun, its last sequence number (the next event follows
 * it) and the ranks and positions held by TMT, so that a migrated rank or placement follows the one held before its
 * TMT whatever order the files arrive in. Read from the first event, never a snapshot (a snapshot is the command
 * side's copy of the record, not history), then kept up to date with what the import appends.
 */
final class RecordedStream {

    /** A position held, as a placement names the one it ends. */
    record Position(String title, String workUnit) {
    }

    private long lastSequence = -1;
    private final NavigableMap<LocalDate, Rank> ranks = new TreeMap<>();
    private final NavigableMap<LocalDate, Position> positions = new TreeMap<>();

    static RecordedStream of(EventStore store, String nip) {
        RecordedStream stream = new RecordedStream();
        DomainEventStream events = store.readEvents(nip, 0);
        while (events.hasNext()) {
            stream.appended(List.of(events.next().getPayload()));
        }
        return stream;
    }

    boolean begun() {
        return lastSequence >= 0;
    }

    long lastSequence() {
        return lastSequence;
    }

    /** Follows events appended to the stream, in order. */
    void appended(List<?> payloads) {
        for (Object payload : payloads) {
            lastSequence++;
            if (payload instanceof CivilServantRegistered registered) {
                positions.put(registered.effectiveDate(), new Position(registered.position(), registered.workUnit()));
                if (registered.rank() != null) {
                    ranks.put(registered.rankSince() == null ? registered.effectiveDate() : registered.rankSince(),
                            registered.rank());
                }
            } else if (payload instanceof PlacedInPosition placed) {
                positions.put(placed.effectiveDate(), new Position(placed.title(), placed.workUnit()));
            } else if (payload instanceof PromotionGranted granted) {
                ranks.put(granted.effectiveDate(), granted.toRank());
            }
        }
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
