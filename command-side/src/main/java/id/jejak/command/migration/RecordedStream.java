package id.jejak.command.migration;

import id.jejak.kernel.civilservant.CivilServantRegistered;
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
 * (the next event follows it) and the ranks held by TMT, so that a migrated rank comes from the one held before its
 * TMT whatever order the files arrive in. Read from the first event, never a snapshot: a snapshot is the command
 * side's copy of the record, not history.
 */
record RecordedStream(boolean begun, long lastSequence, NavigableMap<LocalDate, Rank> ranks) {

    static RecordedStream of(EventStore store, String nip) {
        DomainEventStream events = store.readEvents(nip, 0);
        long last = -1;
        NavigableMap<LocalDate, Rank> ranks = new TreeMap<>();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            last = event.getSequenceNumber();
            if (event.getPayload() instanceof CivilServantRegistered registered && registered.rank() != null) {
                ranks.put(registered.rankSince() == null ? registered.effectiveDate() : registered.rankSince(),
                        registered.rank());
            } else if (event.getPayload() instanceof PromotionGranted granted) {
                ranks.put(granted.effectiveDate(), granted.toRank());
            }
        }
        return new RecordedStream(last >= 0, last, ranks);
    }

    /** The rank held the day before {@code date}; none for a person recorded without one before it. */
    Rank rankBefore(LocalDate date) {
        Map.Entry<LocalDate, Rank> held = ranks.lowerEntry(date);
        return held == null ? null : held.getValue();
    }
}
