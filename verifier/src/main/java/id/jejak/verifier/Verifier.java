package id.jejak.verifier;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Verifies a ledger read in global-index order — an export, or the live store — in one pass, with memory for one
 * chain head per stream and the events since the last checkpoint. Feed it {@link #event}s and {@link #checkpoint}s
 * in the order the export lists them (a checkpoint after the last event it covers), then {@link #finish()}.
 * <p>
 * Each event's hash is recomputed from its content and the previous hash it names; each event must follow the last
 * one of its stream (next sequence number, naming that event's hash); every checkpoint must be signed by a given
 * key, follow the previous checkpoint and name its root, and (for a full export) match the events up to its global
 * index: their number, their Merkle root, the heads of the streams its interval touched and the global indexes it
 * recorded as unused. Checkpoints the auditor kept from earlier are checked the same way at their size, which is
 * what proves that nothing before them changed. Everything wrong is noted; the report names the first broken point
 * by global index, with the most precise location the evidence allows.
 */
public final class Verifier {

    private static final int MAX_FINDINGS = 10_000;

    private final Map<String, PublicKey> keys;
    private final int keptCheckpoints;
    private final EventHash eventHash = new EventHash();
    private final MerkleTree tree = new MerkleTree();
    private final Map<String, Chain> chains = new HashMap<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(Comparator
            .comparingLong((Pending p) -> p.checkpoint.upToGlobalIndex())
            .thenComparing(p -> p.kept)
            .thenComparingLong(p -> p.checkpoint.sequence()));
    private final IntervalEvents interval = new IntervalEvents();
    private final Map<Long, Checkpoint> exported = new HashMap<>();
    private final List<Checkpoint> kept = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private int findingsDropped;

    private Scope scope = Scope.FULL;
    private long events;
    private long lastGlobalIndex;
    private long checkpoints;
    private long checkpointsVerified;
    private Checkpoint lastExported;
    private Checkpoint lastVerified;
    private long eventsAtLastVerified;
    private boolean finished;

    /**
     * @param publicKeys the keys checkpoints may be signed with
     * @param kept       checkpoints the auditor kept from earlier, each trusted only as far as its signature goes
     */
    public Verifier(List<PublicKey> publicKeys, List<Checkpoint> kept) {
        this.keys = new HashMap<>();
        for (PublicKey key : publicKeys) {
            keys.put(LedgerKeys.keyId(key), key);
        }
        this.keptCheckpoints = kept.size();
        for (Checkpoint checkpoint : kept) {
            pending.add(new Pending(checkpoint, true));
            this.kept.add(checkpoint);
        }
    }

    /** What the export holds, from its header; a full export unless told otherwise. */
    public void scope(Scope scope) {
        if (events > 0 || checkpoints > 0) {
            throw new IllegalStateException("the scope is set before the first event");
        }
        this.scope = scope;
    }

    public void event(LedgerEvent event) {
        long index = event.globalIndex();
        if (events > 0 && index <= lastGlobalIndex) {
            note(BreakKind.REORDERED_EVENT, event, null,
                    "listed after global index " + lastGlobalIndex + ": the export is not in global order");
        } else {
            evaluateCheckpointsBefore(index);
            lastGlobalIndex = index;
        }
        events++;
        checkContent(event);
        boolean advanced = checkLink(event);
        if (scope.complete()) {
            tree.append(index, event.hash());
        }
        interval.add(event, advanced);
    }

    public void checkpoint(Checkpoint checkpoint) {
        checkpoints++;
        if (events > 0 && checkpoint.upToGlobalIndex() < lastGlobalIndex) {
            note(new Finding(BreakKind.CHECKPOINT_MISMATCH, checkpoint.upToGlobalIndex(), null, null,
                    checkpoint.sequence(), "checkpoint " + checkpoint.sequence() + " is listed after global index "
                    + lastGlobalIndex + ", beyond the events it covers: the export is not in order"));
            return;
        }
        pending.add(new Pending(checkpoint, false));
    }

    public VerificationReport finish() {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        finished = true;
        evaluateCheckpointsBefore(Long.MAX_VALUE);
        compareKeptWithExported();
        List<Finding> resolved = resolve();
        Break first = resolved.isEmpty() ? null : resolved.get(0).toBreak();
        return new VerificationReport(first == null ? VerificationReport.Status.VERIFIED
                : VerificationReport.Status.BROKEN, scope, events, checkpoints, checkpointsVerified,
                lastVerified == null ? null : lastVerified.sequence(),
                lastVerified == null ? null : lastVerified.upToGlobalIndex(), events - eventsAtLastVerified,
                keptCheckpoints, first, resolved.size() + findingsDropped);
    }

    // ---- events

    private void checkContent(LedgerEvent event) {
        if (event.hash() == null) {
            note(BreakKind.INSERTED_EVENT, event, null, "it has no hash: it was not appended through the ledger");
        } else if (!Arrays.equals(eventHash.of(event), event.hash())) {
            note(BreakKind.ALTERED_CONTENT, event, null, "its content no longer matches its hash "
                    + Hex.encode(event.hash()));
        }
    }

    /** Checks the event's link to its stream; whether it moved the stream's head on. */
    private boolean checkLink(LedgerEvent event) {
        String stream = event.aggregateIdentifier();
        long sequence = event.sequenceNumber();
        Chain chain = chains.get(stream);
        if (chain == null) {
            if (sequence == 0 && event.previousHash() != null) {
                note(BreakKind.ALTERED_CONTENT, event, null, "the first event of its stream names a previous hash");
            } else if (sequence > 0 && scope.complete()) {
                note(Finding.chainGap(stream, 0, sequence - 1, 0, event));
            }
            chains.put(stream, new Chain(event));
            return true;
        }
        long expected = chain.sequence + 1;
        if (sequence == expected) {
            if (!Arrays.equals(event.previousHash(), chain.hash)) {
                if (chain.previousHash != null && Arrays.equals(event.previousHash(), chain.previousHash)) {
                    note(new Finding(BreakKind.INSERTED_EVENT, chain.globalIndex, stream, chain.sequence, null,
                            "the event after it (sequence " + sequence + ", global index " + event.globalIndex()
                                    + ") chains to the one before it, as if it were not there"));
                } else {
                    note(new Finding(BreakKind.ALTERED_CONTENT, chain.globalIndex, stream, chain.sequence, null,
                            "the event after it (sequence " + sequence + ", global index " + event.globalIndex()
                                    + ") names the hash " + Hex.encode(event.previousHash()) + ", not its hash "
                                    + Hex.encode(chain.hash) + ": it was rewritten and its hash recomputed"));
                }
            }
            chain.advance(event);
            return true;
        } else if (sequence > expected) {
            note(Finding.chainGap(stream, expected, sequence - 1, chain.globalIndex, event));
            chain.advance(event);
            return true;
        }
        note(Finding.late(event));
        return false;
    }

    // ---- checkpoints

    private void evaluateCheckpointsBefore(long globalIndex) {
        while (!pending.isEmpty() && pending.peek().checkpoint.upToGlobalIndex() < globalIndex) {
            Pending next = pending.poll();
            if (next.kept) {
                evaluateKept(next.checkpoint);
            } else {
                evaluateExported(next.checkpoint);
            }
        }
    }

    private void evaluateExported(Checkpoint checkpoint) {
        long sequence = checkpoint.sequence();
        int before = findings.size();
        boolean trusted = checkSignature(checkpoint, "checkpoint " + sequence);
        long expectedSequence = lastExported == null ? 1 : lastExported.sequence() + 1;
        byte[] expectedPrevious = lastExported == null ? null : lastExported.merkleRoot();
        boolean chained = false;
        if (sequence > expectedSequence) {
            long missing = sequence - expectedSequence;
            noteAtInterval(BreakKind.CHECKPOINT_MISMATCH, checkpoint, "checkpoint " + sequence + " follows "
                    + (lastExported == null ? "no checkpoint" : "checkpoint " + lastExported.sequence()) + ": "
                    + (missing == 1 ? "checkpoint " + expectedSequence + " is missing"
                    : "checkpoints " + expectedSequence + " to " + (sequence - 1) + " are missing"));
        } else if (sequence < expectedSequence) {
            noteAtInterval(BreakKind.CHECKPOINT_MISMATCH, checkpoint, "checkpoint " + sequence
                    + " comes after checkpoint " + lastExported.sequence());
        } else if (!Arrays.equals(checkpoint.previousRoot(), expectedPrevious)) {
            noteAtInterval(BreakKind.CHECKPOINT_MISMATCH, checkpoint, "checkpoint " + sequence
                    + " does not name the root of checkpoint " + (sequence - 1) + " as its previous one");
        } else if (lastExported != null && checkpoint.upToGlobalIndex() <= lastExported.upToGlobalIndex()) {
            noteAtInterval(BreakKind.CHECKPOINT_MISMATCH, checkpoint, "checkpoint " + sequence
                    + " seals up to global index " + checkpoint.upToGlobalIndex() + ", not beyond checkpoint "
                    + lastExported.sequence());
        } else {
            chained = true;
        }
        // with a checkpoint missing before it, its interval is not the one read: only its root and heads compare
        boolean matches = trusted
                && (!scope.complete() || matchEvents(checkpoint, chained, "checkpoint " + sequence));
        // it holds when nothing is wrong with it or with any event it covers
        if (matches && findings.size() == before
                && !hasFindingsBetween(interval.start, checkpoint.upToGlobalIndex())) {
            checkpointsVerified++;
            lastVerified = checkpoint;
            eventsAtLastVerified = events;
        }
        exported.putIfAbsent(sequence, checkpoint.withoutInterval());
        lastExported = checkpoint;
        interval.reset(checkpoint.upToGlobalIndex());
    }

    private void evaluateKept(Checkpoint checkpoint) {
        String name = "the kept checkpoint " + checkpoint.sequence();
        if (checkSignature(checkpoint, name) && scope.complete()) {
            matchEvents(checkpoint, false, name);
        }
    }

    /** Signed by a given key, with the heads and gaps it signed; false (and noted) otherwise. */
    private boolean checkSignature(Checkpoint checkpoint, String name) {
        PublicKey key = keys.get(checkpoint.keyId());
        if (key == null) {
            noteAtInterval(BreakKind.BAD_SIGNATURE, checkpoint, name + " is signed by key " + checkpoint.keyId()
                    + ", which is not among the given public keys " + keys.keySet());
            return false;
        }
        if (!checkpoint.isSignedBy(key)) {
            noteAtInterval(BreakKind.BAD_SIGNATURE, checkpoint, name + " does not carry a valid signature of key "
                    + checkpoint.keyId() + ": it was altered or forged");
            return false;
        }
        if (checkpoint.interval() != null
                && !Arrays.equals(checkpoint.interval().digest(), checkpoint.intervalDigest())) {
            noteAtInterval(BreakKind.BAD_SIGNATURE, checkpoint, name
                    + " lists heads and gaps other than the ones it signed");
            return false;
        }
        return true;
    }

    /**
     * The events read so far (exactly those up to the checkpoint's index) against what it sealed; whether they
     * match.
     */
    private boolean matchEvents(Checkpoint checkpoint, boolean wholeInterval, String name) {
        int before = findings.size();
        if (checkpoint.interval() != null) {
            matchHeads(checkpoint, wholeInterval, name);
            if (wholeInterval) {
                matchGaps(checkpoint, name);
            }
        }
        boolean sized = tree.size() == checkpoint.treeSize();
        if (sized && Arrays.equals(tree.root(), checkpoint.merkleRoot())) {
            return findings.size() == before;
        }
        if (findings.size() > before || hasFindingsBetween(Long.MIN_VALUE, checkpoint.upToGlobalIndex())) {
            return false; // the root (which covers every event from the first) differs because of what is noted
        }
        String what = sized
                ? "the " + tree.size() + " events up to global index " + checkpoint.upToGlobalIndex()
                + " do not hash to the Merkle root " + name + " sealed"
                : name + " sealed " + checkpoint.treeSize() + " events up to global index "
                + checkpoint.upToGlobalIndex() + "; there are " + tree.size();
        if (wholeInterval) {
            noteAtInterval(BreakKind.CHECKPOINT_MISMATCH, checkpoint, what);
        } else {
            note(new Finding(BreakKind.CHECKPOINT_MISMATCH, checkpoint.upToGlobalIndex(), null, null,
                    checkpoint.sequence(), what + ": something before it changed"));
        }
        return false;
    }

    private void matchHeads(Checkpoint checkpoint, boolean wholeInterval, String name) {
        List<Head> heads = checkpoint.interval().heads();
        int matched = 0;
        for (Head head : heads) {
            String stream = head.aggregateIdentifier();
            // the streams the interval touched are at hand; only a head the interval lacks needs the chains
            IntervalEvents.Stream inInterval = wholeInterval ? interval.stream(stream) : null;
            long sequence;
            long index;
            byte[] hash;
            if (inInterval != null) {
                if (!inInterval.sealed) {
                    inInterval.sealed = true;
                    matched++;
                }
                sequence = interval.sequences[inInterval.last];
                index = interval.indexes[inInterval.last];
                hash = interval.hashes[inInterval.last];
            } else {
                Chain chain = chains.get(stream);
                if (chain == null) {
                    note(new Finding(BreakKind.MISSING_EVENT, head.globalIndex(), stream, head.sequenceNumber(),
                            checkpoint.sequence(), sealedAs(name, head) + "; there is no event of it"));
                    continue;
                }
                sequence = chain.sequence;
                index = chain.globalIndex;
                hash = chain.hash;
            }
            if (sequence == head.sequenceNumber() && index == head.globalIndex() && Arrays.equals(hash, head.hash())) {
                continue;
            }
            if (sequence < head.sequenceNumber()) {
                note(new Finding(BreakKind.MISSING_EVENT, head.globalIndex(), stream, head.sequenceNumber(),
                        checkpoint.sequence(), sealedAs(name, head) + "; its last event is sequence " + sequence
                        + " at global index " + index));
            } else if (sequence > head.sequenceNumber()) {
                note(new Finding(BreakKind.INSERTED_EVENT, index, stream, sequence, checkpoint.sequence(),
                        sealedAs(name, head) + "; its chain goes on to sequence " + sequence));
            } else if (index != head.globalIndex()) {
                note(new Finding(BreakKind.REORDERED_EVENT, index, stream, sequence, checkpoint.sequence(),
                        sealedAs(name, head) + "; that event is at global index " + index));
            } else {
                note(new Finding(BreakKind.CHECKPOINT_MISMATCH, head.globalIndex(), stream, head.sequenceNumber(),
                        checkpoint.sequence(), sealedAs(name, head) + " with hash " + Hex.encode(head.hash())
                        + "; its chain now ends in " + Hex.encode(hash) + ": an event of " + stream
                        + " up to there was rewritten and the hashes after it recomputed"));
            }
        }
        if (wholeInterval && matched < interval.streamCount()) {
            interval.forEachStream((stream, events) -> {
                if (!events.sealed) {
                    note(new Finding(BreakKind.INSERTED_EVENT, interval.indexes[events.first], stream,
                            interval.sequences[events.first], checkpoint.sequence(), name + " sealed no event of "
                            + stream + " after global index " + interval.start));
                }
            });
        }
    }

    private static String sealedAs(String name, Head head) {
        return name + " sealed " + head.aggregateIdentifier() + " up to sequence " + head.sequenceNumber()
                + " at global index " + head.globalIndex();
    }

    /** Every global index in the interval holds an event or is one the checkpoint recorded as unused. */
    private void matchGaps(Checkpoint checkpoint, String name) {
        long[] gaps = checkpoint.interval().gaps().clone();
        Arrays.sort(gaps);
        int gap = 0;
        long previous = interval.start;
        for (int i = 0; i <= interval.count; i++) {
            long next = i < interval.count ? interval.indexes[i] : checkpoint.upToGlobalIndex() + 1;
            if (next <= previous) {
                continue; // out of order: noted already
            }
            while (gap < gaps.length && gaps[gap] <= previous) {
                if (gaps[gap] > interval.start) {
                    int at = interval.find(gaps[gap]);
                    note(new Finding(BreakKind.INSERTED_EVENT, gaps[gap], at < 0 ? null : interval.streams[at],
                            at < 0 ? null : interval.sequences[at], checkpoint.sequence(),
                            name + " recorded global index " + gaps[gap] + " as unused"));
                }
                gap++;
            }
            for (long index = previous + 1; index < next; index++) {
                if (gap < gaps.length && gaps[gap] == index) {
                    gap++;
                } else {
                    note(Finding.missingIndex(index, checkpoint.sequence(), name + " sealed an event at global index "
                            + index + "; there is none"));
                    while (gap < gaps.length && gaps[gap] < next) {
                        gap++;
                    }
                    break;
                }
            }
            previous = next;
        }
    }

    private void compareKeptWithExported() {
        for (Checkpoint mine : kept) {
            Checkpoint theirs = exported.get(mine.sequence());
            if (theirs != null && !(Arrays.equals(theirs.signedBytes(), mine.signedBytes())
                    && Arrays.equals(theirs.signature(), mine.signature()))) {
                note(new Finding(BreakKind.CHECKPOINT_MISMATCH, Math.min(mine.upToGlobalIndex(),
                        theirs.upToGlobalIndex()), null, null, mine.sequence(), "the export's checkpoint "
                        + mine.sequence() + " is not the one kept: it seals up to global index "
                        + theirs.upToGlobalIndex() + " with root " + Hex.encode(theirs.merkleRoot())
                        + ", the kept one up to " + mine.upToGlobalIndex() + " with root "
                        + Hex.encode(mine.merkleRoot())));
            }
        }
    }

    // ---- findings

    private void note(BreakKind kind, LedgerEvent event, Long checkpoint, String detail) {
        note(new Finding(kind, event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(), checkpoint,
                detail));
    }

    /** A fault of the checkpoint itself, located at the first event it covers beyond the previous one. */
    private void noteAtInterval(BreakKind kind, Checkpoint checkpoint, String detail) {
        int first = interval.count > 0 && interval.indexes[0] <= checkpoint.upToGlobalIndex() ? 0 : -1;
        note(new Finding(kind, first < 0 ? checkpoint.upToGlobalIndex() : interval.indexes[0],
                first < 0 ? null : interval.streams[0], first < 0 ? null : interval.sequences[0],
                checkpoint.sequence(), detail));
    }

    private boolean hasFindingsBetween(long fromExclusive, long toInclusive) {
        for (Finding finding : findings) {
            if (finding.globalIndex > fromExclusive && finding.globalIndex <= toInclusive) {
                return true;
            }
        }
        return false;
    }

    private void note(Finding finding) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(finding);
        } else {
            findingsDropped++;
        }
    }

    /**
     * Pairs up what one pass could not tell apart: an event that turns up after its stream moved on is a reordered
     * one when a gap of its stream waited for it, an inserted one otherwise; a gap in a stream takes the global
     * index a checkpoint says went missing, when one falls between its neighbours.
     */
    private List<Finding> resolve() {
        List<Finding> resolved = new ArrayList<>();
        List<Finding> chainGaps = new ArrayList<>();
        List<Finding> missingIndexes = new ArrayList<>();
        List<Finding> late = new ArrayList<>();
        for (Finding finding : findings) {
            switch (finding.role) {
                case CHAIN_GAP -> chainGaps.add(finding);
                case MISSING_INDEX -> missingIndexes.add(finding);
                case LATE -> late.add(finding);
                default -> resolved.add(finding);
            }
        }
        for (Finding arrival : late) {
            Finding gap = chainGaps.stream()
                    .filter(candidate -> !candidate.consumed && candidate.stream.equals(arrival.stream)
                            && candidate.firstMissing <= arrival.sequence && arrival.sequence <= candidate.lastMissing
                            && candidate.globalIndex < arrival.globalIndex)
                    .findFirst().orElse(null);
            if (gap == null) {
                resolved.add(new Finding(BreakKind.INSERTED_EVENT, arrival.globalIndex, arrival.stream,
                        arrival.sequence, null, "its stream already has an event with sequence " + arrival.sequence));
            } else {
                gap.consumed = true;
                resolved.add(new Finding(BreakKind.REORDERED_EVENT, gap.globalIndex, gap.stream, gap.sequence, null,
                        "sequence " + gap.sequence + " of " + gap.stream + " is recorded at global index "
                                + gap.globalIndex + ", before sequence " + arrival.sequence + " at global index "
                                + arrival.globalIndex));
            }
        }
        for (Finding gap : chainGaps) {
            if (gap.consumed) {
                continue;
            }
            Finding index = missingIndexes.stream()
                    .filter(candidate -> !candidate.consumed && candidate.globalIndex > gap.before
                            && candidate.globalIndex < gap.globalIndex)
                    .findFirst().orElse(null);
            String which = gap.firstMissing == gap.lastMissing ? "sequence " + gap.firstMissing
                    : "sequences " + gap.firstMissing + " to " + gap.lastMissing;
            String between = gap.firstMissing == 0 ? "before sequence " + gap.sequence + " at global index "
                    + gap.globalIndex : "between sequence " + (gap.firstMissing - 1) + " at global index "
                    + gap.before + " and sequence " + gap.sequence + " at global index " + gap.globalIndex;
            if (index == null) {
                resolved.add(new Finding(BreakKind.MISSING_EVENT, gap.globalIndex, gap.stream, gap.firstMissing,
                        null, which + " of " + gap.stream + " is missing, " + between));
            } else {
                index.consumed = true;
                resolved.add(new Finding(BreakKind.MISSING_EVENT, index.globalIndex, gap.stream, gap.firstMissing,
                        index.checkpoint, which + " of " + gap.stream + " is missing, " + between + "; "
                        + index.detail));
            }
        }
        for (Finding index : missingIndexes) {
            if (!index.consumed) {
                resolved.add(index);
            }
        }
        // at one place, the most precise account first: one naming the stream, then one the events themselves
        // give rather than a checkpoint
        resolved.sort(Comparator.comparingLong((Finding f) -> f.globalIndex)
                .thenComparing(f -> f.stream == null)
                .thenComparing(f -> f.checkpoint != null)
                .thenComparing(f -> f.kind));
        // one broken point found by several checks (the chain, a checkpoint's heads, its gaps) counts once
        List<Finding> distinct = new ArrayList<>();
        for (Finding finding : resolved) {
            boolean seen = distinct.stream().anyMatch(other -> other.globalIndex == finding.globalIndex
                    && other.kind == finding.kind && (finding.stream == null || finding.stream.equals(other.stream))
                    && (finding.sequence == null || finding.sequence.equals(other.sequence)));
            if (!seen) {
                distinct.add(finding);
            }
        }
        return distinct;
    }

    /** The head of one stream as far as the events read so far go. */
    private static final class Chain {
        long sequence;
        long globalIndex;
        byte[] hash;
        byte[] previousHash;

        Chain(LedgerEvent event) {
            advance(event);
        }

        void advance(LedgerEvent event) {
            sequence = event.sequenceNumber();
            globalIndex = event.globalIndex();
            hash = event.hash();
            previousHash = event.previousHash();
        }
    }

    private record Pending(Checkpoint checkpoint, boolean kept) {
    }

    /** The events since the last exported checkpoint, in the order read, and the streams they belong to. */
    private static final class IntervalEvents {
        long start;
        long[] indexes = new long[1024];
        String[] streams = new String[1024];
        long[] sequences = new long[1024];
        byte[][] hashes = new byte[1024][];
        int count;
        private final Map<String, Stream> touched = new HashMap<>();

        /** One stream's events in the interval: the first, and the last that moved its head on. */
        static final class Stream {
            final int first;
            int last;
            boolean sealed;

            Stream(int first) {
                this.first = first;
                this.last = first;
            }
        }

        void add(LedgerEvent event, boolean advanced) {
            if (count == indexes.length) {
                indexes = Arrays.copyOf(indexes, count * 2);
                streams = Arrays.copyOf(streams, count * 2);
                sequences = Arrays.copyOf(sequences, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            indexes[count] = event.globalIndex();
            streams[count] = event.aggregateIdentifier();
            sequences[count] = event.sequenceNumber();
            hashes[count] = event.hash();
            Stream stream = touched.get(event.aggregateIdentifier());
            if (stream == null) {
                touched.put(event.aggregateIdentifier(), new Stream(count));
            } else if (advanced) {
                stream.last = count;
            }
            count++;
        }

        Stream stream(String aggregateIdentifier) {
            return touched.get(aggregateIdentifier);
        }

        int streamCount() {
            return touched.size();
        }

        void forEachStream(java.util.function.BiConsumer<String, Stream> action) {
            touched.forEach(action);
        }

        int find(long globalIndex) {
            int at = Arrays.binarySearch(indexes, 0, count, globalIndex);
            return at >= 0 ? at : -1;
        }

        void reset(long start) {
            this.start = start;
            Arrays.fill(hashes, 0, count, null);
            Arrays.fill(streams, 0, count, null);
            count = 0;
            touched.clear();
        }
    }

    private enum Role { PLAIN, CHAIN_GAP, MISSING_INDEX, LATE }

    private static final class Finding {
        final BreakKind kind;
        final long globalIndex;
        final String stream;
        final Long sequence;
        final Long checkpoint;
        final String detail;
        Role role = Role.PLAIN;
        long firstMissing;
        long lastMissing;
        long before;
        boolean consumed;

        Finding(BreakKind kind, long globalIndex, String stream, Long sequence, Long checkpoint, String detail) {
            this.kind = kind;
            this.globalIndex = globalIndex;
            this.stream = stream;
            this.sequence = sequence;
            this.checkpoint = checkpoint;
            this.detail = detail;
        }

        /** Sequences first to last of a stream are not there: the event read instead is the one given. */
        static Finding chainGap(String stream, long first, long last, long before, LedgerEvent instead) {
            Finding finding = new Finding(BreakKind.MISSING_EVENT, instead.globalIndex(), stream,
                    instead.sequenceNumber(), null, null);
            finding.role = Role.CHAIN_GAP;
            finding.firstMissing = first;
            finding.lastMissing = last;
            finding.before = before;
            return finding;
        }

        static Finding missingIndex(long globalIndex, long checkpoint, String detail) {
            Finding finding = new Finding(BreakKind.MISSING_EVENT, globalIndex, null, null, checkpoint, detail);
            finding.role = Role.MISSING_INDEX;
            return finding;
        }

        /** An event of a stream that had already gone past its sequence number. */
        static Finding late(LedgerEvent event) {
            Finding finding = new Finding(BreakKind.INSERTED_EVENT, event.globalIndex(), event.aggregateIdentifier(),
                    event.sequenceNumber(), null, null);
            finding.role = Role.LATE;
            return finding;
        }

        Break toBreak() {
            return new Break(kind, globalIndex, stream, sequence, checkpoint, detail);
        }
    }
}
