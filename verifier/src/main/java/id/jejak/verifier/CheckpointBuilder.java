package id.jejak.verifier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals the next checkpoint: given the previous one and its tree, it takes the following events in global-index
 * order (their hashes only) and signs what they add up to. The query side's sealer feeds it from the store; tests and
 * the benchmark feed it synthetic events. Everything a checkpoint states is computed here, so the sealer and the
 * verifier cannot drift apart.
 */
public final class CheckpointBuilder {

    /** More gaps than this in one interval means something other than rolled-back appends moved the sequence. */
    public static final int MAX_GAPS = 1_000_000;

    private final Checkpoint previous;
    private final MerkleTree tree;
    private final long start;
    private final Map<String, Head> heads = new LinkedHashMap<>();
    private final List<Long> gaps = new ArrayList<>();
    private long last;
    private int added;

    /**
     * @param previous the last checkpoint, or {@code null} for the first
     * @param tree     the tree as the previous checkpoint left it (an empty one for the first); it grows as events
     *                 are added
     */
    public CheckpointBuilder(Checkpoint previous, MerkleTree tree) {
        long expectedSize = previous == null ? 0 : previous.treeSize();
        if (tree.size() != expectedSize) {
            throw new IllegalArgumentException("the tree has " + tree.size() + " leaves; the previous checkpoint "
                    + "sealed " + expectedSize);
        }
        this.previous = previous;
        this.tree = tree;
        this.start = previous == null ? 0 : previous.upToGlobalIndex();
        this.last = start;
    }

    /** The next event after the previous checkpoint, in global-index order. */
    public void add(long globalIndex, String aggregateIdentifier, long sequenceNumber, byte[] hash) {
        if (globalIndex <= last) {
            throw new IllegalArgumentException("global index " + globalIndex + " does not follow " + last);
        }
        recordGaps(last + 1, globalIndex - 1);
        tree.append(globalIndex, hash);
        heads.put(aggregateIdentifier, new Head(aggregateIdentifier, sequenceNumber, globalIndex, hash));
        last = globalIndex;
        added++;
    }

    /** Events added since the previous checkpoint. */
    public int eventCount() {
        return added;
    }

    public MerkleTree tree() {
        return tree;
    }

    /**
     * Signs the checkpoint up to this global index (at least the last event added: indexes after it up to here
     * are gaps). The signing time is kept to the millisecond, as the store keeps it.
     */
    public Checkpoint seal(long upToGlobalIndex, Instant signedAt, SigningKey key) {
        if (upToGlobalIndex < last || upToGlobalIndex <= start) {
            throw new IllegalArgumentException("cannot seal up to " + upToGlobalIndex + " after event " + last);
        }
        List<Long> allGaps = new ArrayList<>(gaps);
        for (long index = last + 1; index <= upToGlobalIndex; index++) {
            checkGapCount(allGaps.size());
            allGaps.add(index);
        }
        List<Head> orderedHeads = heads.values().stream().sorted(Comparator.comparingLong(Head::globalIndex)).toList();
        Interval interval = new Interval(orderedHeads, allGaps.stream().mapToLong(Long::longValue).toArray());
        String keyId = key.keyId();
        Checkpoint unsigned = new Checkpoint(previous == null ? 1 : previous.sequence() + 1, upToGlobalIndex,
                tree.size(), tree.root(), previous == null ? null : previous.merkleRoot(), interval.digest(),
                signedAt.truncatedTo(ChronoUnit.MILLIS).toString(), keyId, null, interval);
        return new Checkpoint(unsigned.sequence(), unsigned.upToGlobalIndex(), unsigned.treeSize(),
                unsigned.merkleRoot(), unsigned.previousRoot(), unsigned.intervalDigest(), unsigned.signedAt(), keyId,
                Checkpoint.sign(unsigned.signedBytes(), key.privateKey()), interval);
    }

    private void recordGaps(long from, long to) {
        for (long index = from; index <= to; index++) {
            checkGapCount(gaps.size());
            gaps.add(index);
        }
    }

    private static void checkGapCount(int count) {
        if (count >= MAX_GAPS) {
            throw new IllegalStateException("more than " + MAX_GAPS + " unused global indexes in one interval: "
                    + "the global index sequence was moved; seal no further until that is understood");
        }
    }
}
