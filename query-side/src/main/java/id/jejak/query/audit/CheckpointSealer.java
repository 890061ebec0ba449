package id.jejak.query.audit;

import id.jejak.verifier.Checkpoint;
import id.jejak.verifier.CheckpointBuilder;
import id.jejak.verifier.MerkleTree;
import id.jejak.verifier.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Seals the ledger: every {@code every-events} unsealed events, or once {@code interval} has passed with any unsealed,
 * it signs a checkpoint over everything up to the last settled event (see {@link CheckpointBuilder}). Runs on the
 * query side; of several query-side nodes one seals at a time, the one holding a PostgreSQL advisory lock.
 * <p>
 * "Settled" matters: the global index is drawn when an event is inserted, so a transaction still in flight may hold
 * a lower index than one already committed. Sealing past it would leave that event out of a checkpoint that covers
 * its index. So the sealer first takes the event table's SHARE lock for a moment — it waits for every appending
 * transaction to end and holds new ones back — and seals no further than the highest index it then sees.
 */
public class CheckpointSealer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSealer.class);
    /** "JEJAKLDG": the advisory lock that makes one node the sealer. */
    private static final long SEALER_LOCK = 0x4a454a414b4c4447L;

    private final JdbcTemplate jdbc;
    private final LedgerKey key;
    private final LedgerProperties.Checkpoint settings;
    private final Clock clock;
    private ScheduledExecutorService scheduler;
    private Instant started;

    public CheckpointSealer(JdbcTemplate jdbc, LedgerKey key, LedgerProperties.Checkpoint settings, Clock clock) {
        if (settings.everyEvents() < 1) {
            throw new IllegalArgumentException("jejak.ledger.checkpoint.every-events must be at least 1");
        }
        this.jdbc = jdbc;
        this.key = key;
        this.settings = settings;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Seals all settled events now, waiting for another node's sealing to end first; returns what it sealed. */
    public List<Checkpoint> sealNow() {
        SigningKey signer = key.signing().orElseThrow(() -> new IllegalStateException(
                "no ledger signing key is configured on this node"));
        return jdbc.execute((ConnectionCallback<List<Checkpoint>>) connection -> seal(connection, signer, true));
    }

    /** One look of the schedule: seals if enough events, or enough time, have gone by. */
    void sealIfDue() {
        try {
            if (key.signing().isPresent() && due()) {
                List<Checkpoint> sealed = jdbc.execute((ConnectionCallback<List<Checkpoint>>) connection ->
                        seal(connection, key.signing().get(), false));
                if (!sealed.isEmpty()) {
                    Checkpoint last = sealed.get(sealed.size() - 1);
                    log.info("Sealed the ledger up to global index {} in checkpoint {}", last.upToGlobalIndex(),
                            last.sequence());
                }
            }
        } catch (IllegalStateException e) {
            log.error("The ledger is not sealed: {}", e.getMessage());
        } catch (DataAccessException e) {
            log.warn("Sealing the ledger failed, to be tried again: {}", e.getMessage());
        }
    }

    private boolean due() {
        Optional<LastSeal> last = jdbc.query("select up_to_global_index, signed_at from " + LedgerStore.CHECKPOINTS
                        + " order by sequence desc limit 1",
                (row, index) -> new LastSeal(row.getLong(1), Instant.parse(row.getString(2))))
                .stream().findFirst();
        Integer unsealed = jdbc.queryForObject("select count(*) from (select 1 from " + LedgerStore.EVENTS
                        + " where global_index > ? limit ?) unsealed", Integer.class,
                last.map(LastSeal::upTo).orElse(0L), settings.everyEvents());
        Instant since = last.map(LastSeal::signedAt).orElse(started);
        return unsealed != null && unsealed > 0 && (unsealed >= settings.everyEvents()
                || !clock.instant().isBefore(since.plus(settings.interval())));
    }

    private record LastSeal(long upTo, Instant signedAt) {
    }

    /**
     * On one connection, holding the sealer lock (session-level, so it spans the transactions below): settle, then
     * seal checkpoint after checkpoint, each in its own transaction, until every settled event is sealed.
     */
    private List<Checkpoint> seal(Connection connection, SigningKey signer, boolean wait) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        connection.setAutoCommit(true);
        if (wait) {
            sql.sql("select pg_advisory_lock(" + SEALER_LOCK + ")").query().listOfRows();
        } else if (!sql.sql("select pg_try_advisory_lock(" + SEALER_LOCK + ")").query(Boolean.class).single()) {
            connection.setAutoCommit(autoCommit);
            return List.of(); // another node is sealing
        }
        try {
            connection.setAutoCommit(false);
            long settled = settle(sql);
            connection.commit();
            List<Checkpoint> sealed = new ArrayList<>();
            for (Checkpoint next = sealStep(sql, signer, settled); next != null;
                 next = sealStep(sql, signer, settled)) {
                connection.commit();
                sealed.add(next);
            }
            connection.commit();
            return sealed;
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            sql.sql("select pg_advisory_unlock(" + SEALER_LOCK + ")").query().listOfRows();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The highest global index no appending transaction can still fill in below. */
    private static long settle(JdbcClient sql) {
        sql.sql("set local lock_timeout = '5s'").update();
        sql.sql("lock table " + LedgerStore.EVENTS + " in share mode").update();
        return sql.sql("select coalesce(max(global_index), 0) from " + LedgerStore.EVENTS).query(Long.class).single();
    }

    /** Seals the next checkpoint: at most every-events events after the last one, up to the settled index. */
    private Checkpoint sealStep(JdbcClient sql, SigningKey signer, long settled) {
        Optional<Stored> last = sql.sql("select sequence, up_to_global_index, tree_size, merkle_root, previous_root, "
                        + "interval_digest, signed_at, key_id, signature, frontier from " + LedgerStore.CHECKPOINTS
                        + " order by sequence desc limit 1")
                .query((row, index) -> new Stored(LedgerStore.checkpoint(row, false), row.getBytes("frontier")))
                .optional();
        last.ifPresent(stored -> checkSignedBy(stored.checkpoint, signer));
        long sealedUpTo = last.map(stored -> stored.checkpoint.upToGlobalIndex()).orElse(0L);
        if (settled <= sealedUpTo) {
            return null;
        }
        MerkleTree tree = last.isEmpty() ? new MerkleTree() : treeAfter(sql, last.get());
        CheckpointBuilder builder = new CheckpointBuilder(last.map(Stored::checkpoint).orElse(null), tree);
        long[] upTo = {sealedUpTo};
        sql.sql("select global_index, aggregate_identifier, sequence_number, hash from " + LedgerStore.EVENTS
                        + " where global_index > ? and global_index <= ? order by global_index limit ?")
                .params(sealedUpTo, settled, settings.everyEvents())
                .query(row -> {
                    upTo[0] = row.getLong(1);
                    builder.add(upTo[0], row.getString(2), row.getLong(3), row.getBytes(4));
                });
        if (builder.eventCount() == 0) {
            return null;
        }
        Checkpoint checkpoint = builder.seal(upTo[0], clock.instant(), signer);
        sql.sql("insert into " + LedgerStore.CHECKPOINTS + " (sequence, up_to_global_index, tree_size, merkle_root, "
                        + "previous_root, interval_digest, heads_and_gaps, frontier, signed_at, key_id, signature) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(checkpoint.sequence(), checkpoint.upToGlobalIndex(), checkpoint.treeSize(),
                        checkpoint.merkleRoot(), checkpoint.previousRoot(), checkpoint.intervalDigest(),
                        checkpoint.interval().encode(), tree.frontier(), checkpoint.signedAt(), checkpoint.keyId(),
                        checkpoint.signature())
                .update();
        return checkpoint;
    }

    /** Nothing is built on a checkpoint this key did not sign: that needs a person, not another checkpoint. */
    private static void checkSignedBy(Checkpoint checkpoint, SigningKey signer) {
        if (!checkpoint.keyId().equals(signer.keyId()) || !checkpoint.isSignedBy(signer.publicKey())) {
            throw new IllegalStateException("checkpoint " + checkpoint.sequence() + " is not signed by this node's "
                    + "key " + signer.keyId() + "; run GET /api/v1/audit/verification");
        }
    }

    /**
     * The Merkle tree as the last checkpoint left it. Nothing is built on a store whose events no longer add up to
     * it either.
     */
    private static MerkleTree treeAfter(JdbcClient sql, Stored last) {
        Checkpoint checkpoint = last.checkpoint;
        if (last.frontier != null && last.frontier.length == Long.bitCount(checkpoint.treeSize()) * 32) {
            MerkleTree tree = MerkleTree.resume(checkpoint.treeSize(), last.frontier);
            if (Arrays.equals(tree.root(), checkpoint.merkleRoot())) {
                return tree;
            }
        }
        // the stored frontier is only a shortcut; rebuild the tree from the events themselves
        MerkleTree tree = new MerkleTree();
        sql.sql("select global_index, hash from " + LedgerStore.EVENTS + " where global_index <= ? "
                        + "order by global_index")
                .param(checkpoint.upToGlobalIndex())
                .query(row -> {
                    tree.append(row.getLong(1), row.getBytes(2));
                });
        if (tree.size() != checkpoint.treeSize() || !Arrays.equals(tree.root(), checkpoint.merkleRoot())) {
            throw new IllegalStateException("the events up to global index " + checkpoint.upToGlobalIndex()
                    + " no longer match checkpoint " + checkpoint.sequence()
                    + "; run GET /api/v1/audit/verification");
        }
        return tree;
    }

    private record Stored(Checkpoint checkpoint, byte[] frontier) {
    }

    // ---- the schedule

    @Override
    public boolean isAutoStartup() {
        return settings.enabled() && key.signing().isPresent();
    }

    @Override
    public synchronized void start() {
        started = clock.instant();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ledger-sealer");
            thread.setDaemon(true);
            return thread;
        });
        long poll = settings.poll().toMillis();
        scheduler.scheduleWithFixedDelay(this::sealIfDue, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // a seal under way finishes (or rolls back) before the database goes
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
