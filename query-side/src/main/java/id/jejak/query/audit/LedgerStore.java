package id.jejak.query.audit;

import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.verifier.Checkpoint;
import id.jejak.verifier.Interval;
import id.jejak.verifier.LedgerEvent;
import id.jejak.verifier.Scope;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the ledger straight from the event store's tables, which the query side may read but never writes (it writes
 * the checkpoints its sealer makes): events by global index in keyset pages of 1,000, and the checkpoints, merged in
 * export order — each checkpoint right after the last event it covers.
 */
public class LedgerStore {

    static final String EVENTS = EventStoreAutoConfiguration.SCHEMA + ".domain_event_entry";
    static final String CHECKPOINTS = EventStoreAutoConfiguration.SCHEMA + ".ledger_checkpoint";
    static final int PAGE = 1_000;
    private static final int CHECKPOINT_PAGE = 50;
    private static final String EVENT_COLUMNS = "global_index, aggregate_identifier, sequence_number, type, "
            + "event_identifier, payload_type, payload_revision, time_stamp, payload, meta_data, previous_hash, hash";
    private static final String CHECKPOINT_COLUMNS = "sequence, up_to_global_index, tree_size, merkle_root, "
            + "previous_root, interval_digest, signed_at, key_id, signature";

    /**
     * Which events: all of them, those recorded in a period ({@code from} inclusive, {@code to} exclusive), one
     * stream (a civil servant's, by NIP), or one stream in a period.
     */
    public record Selection(Instant from, Instant to, String nip) {

        public static final Selection EVERYTHING = new Selection(null, null, null);

        public Scope scope() {
            return nip != null ? Scope.PERSON : from != null || to != null ? Scope.PERIOD : Scope.FULL;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    public LedgerStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        // one snapshot for the whole read: every page sees the same committed events and checkpoints
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /**
     * Hands over the selected events and the checkpoints in export order. For anything less than the whole store the
     * checkpoints come without their heads and gaps (which name every stream): their signatures still check.
     */
    public void read(Selection selection, Consumer<LedgerEvent> events, Consumer<Checkpoint> checkpoints) {
        snapshot.executeWithoutResult(status -> {
            boolean complete = selection.scope().complete();
            CheckpointPages sealed = new CheckpointPages(complete);
            Checkpoint next = sealed.next();
            long after = 0;
            List<LedgerEvent> page;
            do {
                page = eventPage(selection, after);
                for (LedgerEvent event : page) {
                    while (next != null && next.upToGlobalIndex() < event.globalIndex()) {
                        checkpoints.accept(next);
                        next = sealed.next();
                    }
                    events.accept(event);
                    after = event.globalIndex();
                }
            } while (page.size() == PAGE);
            for (; next != null; next = sealed.next()) {
                checkpoints.accept(next);
            }
        });
    }

    public boolean hasStream(String aggregateIdentifier) {
        return jdbc.sql("select exists (select 1 from " + EVENTS + " where aggregate_identifier = ?)")
                .param(aggregateIdentifier).query(Boolean.class).single();
    }

    /** A page of checkpoints in order, without heads and gaps. */
    public List<Checkpoint> checkpoints(long afterSequence, int size) {
        return jdbc.sql("select " + CHECKPOINT_COLUMNS + " from " + CHECKPOINTS
                        + " where sequence > ? order by sequence limit ?")
                .params(afterSequence, size)
                .query((row, index) -> checkpoint(row, false)).list();
    }

    /** One checkpoint with its heads and gaps, as an auditor keeps it. */
    public Optional<Checkpoint> checkpoint(long sequence) {
        return jdbc.sql("select " + CHECKPOINT_COLUMNS + ", heads_and_gaps from " + CHECKPOINTS
                        + " where sequence = ?")
                .param(sequence)
                .query((row, index) -> checkpoint(row, true)).optional();
    }

    private List<LedgerEvent> eventPage(Selection selection, long after) {
        StringBuilder sql = new StringBuilder("select " + EVENT_COLUMNS + " from " + EVENTS
                + " where global_index > ?");
        List<Object> params = new ArrayList<>(List.of(after));
        if (selection.nip() != null) {
            sql.append(" and aggregate_identifier = ?");
            params.add(selection.nip());
        }
        // time_stamp is Axon's fixed-width ISO text (milliseconds, UTC): it sorts as the instants do
        if (selection.from() != null) {
            sql.append(" and time_stamp >= ?");
            params.add(DateTimeUtils.formatInstant(selection.from()));
        }
        if (selection.to() != null) {
            sql.append(" and time_stamp < ?");
            params.add(DateTimeUtils.formatInstant(selection.to()));
        }
        sql.append(" order by global_index limit ").append(PAGE);
        return jdbc.sql(sql.toString()).params(params).query((row, index) -> event(row)).list();
    }

    static LedgerEvent event(ResultSet row) throws SQLException {
        return new LedgerEvent(row.getLong("global_index"), row.getString("aggregate_identifier"),
                row.getLong("sequence_number"), row.getString("type"), row.getString("event_identifier"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                row.getBytes("payload"), row.getBytes("meta_data"), row.getBytes("previous_hash"),
                row.getBytes("hash"));
    }

    static Checkpoint checkpoint(ResultSet row, boolean withInterval) throws SQLException {
        return new Checkpoint(row.getLong("sequence"), row.getLong("up_to_global_index"), row.getLong("tree_size"),
                row.getBytes("merkle_root"), row.getBytes("previous_root"), row.getBytes("interval_digest"),
                row.getString("signed_at"), row.getString("key_id"), row.getBytes("signature"),
                withInterval ? Interval.decode(row.getBytes("heads_and_gaps")) : null);
    }

    /** The checkpoints in the order of the global index they seal up to, a few at a time (heads are large). */
    private final class CheckpointPages {
        private final boolean withIntervals;
        private List<Checkpoint> page = List.of();
        private int position;
        private long after = -1;
        private boolean exhausted;

        CheckpointPages(boolean withIntervals) {
            this.withIntervals = withIntervals;
        }

        Checkpoint next() {
            if (position == page.size()) {
                if (exhausted) {
                    return null;
                }
                page = jdbc.sql("select " + CHECKPOINT_COLUMNS + (withIntervals ? ", heads_and_gaps" : "")
                                + " from " + CHECKPOINTS + " where up_to_global_index > ?"
                                + " order by up_to_global_index limit " + CHECKPOINT_PAGE)
                        .param(after)
                        .query((row, index) -> checkpoint(row, withIntervals)).list();
                position = 0;
                exhausted = page.size() < CHECKPOINT_PAGE;
                if (page.isEmpty()) {
                    return null;
                }
                after = page.get(page.size() - 1).upToGlobalIndex();
            }
            return page.get(position++);
        }
    }
}
