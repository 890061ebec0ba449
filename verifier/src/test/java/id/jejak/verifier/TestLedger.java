package id.jejak.verifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A ledger in memory that behaves like the store: appending chains an event to its stream and gives it the next
 * global index; sealing signs a checkpoint over everything since the last one. Tests then tamper with the lists
 * directly, as an attacker would with the tables.
 */
final class TestLedger {

    final SigningKey key = SigningKey.generate();
    final List<LedgerEvent> events = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Map<String, LedgerEvent> heads = new HashMap<>();
    private final EventHash eventHash = new EventHash();
    private long nextGlobalIndex = 1;
    private Instant time = Instant.parse("2025-03-01T02:00:00.000Z");

    LedgerEvent append(String stream) {
        return append(stream, "{\"nip\":\"" + stream + "\",\"n\":" + nextGlobalIndex + "}");
    }

    LedgerEvent append(String stream, String payload) {
        LedgerEvent head = heads.get(stream);
        time = time.plusMillis(1_500);
        LedgerEvent event = hashed(new LedgerEvent(nextGlobalIndex++, stream,
                head == null ? 0 : head.sequenceNumber() + 1, "CivilServant", UUID.randomUUID().toString(),
                "id.jejak.kernel.Test", null, time.toString(), payload.getBytes(StandardCharsets.UTF_8),
                "{\"actorId\":\"hr.siti\"}".getBytes(StandardCharsets.UTF_8),
                head == null ? null : head.hash(), null));
        events.add(event);
        heads.put(stream, event);
        return event;
    }

    /** A global index drawn and never used, as a rolled-back append leaves. */
    long skipGlobalIndex() {
        return nextGlobalIndex++;
    }

    Checkpoint seal() {
        return seal(key);
    }

    Checkpoint seal(SigningKey signer) {
        Checkpoint previous = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        MerkleTree tree = new MerkleTree();
        long upTo = previous == null ? 0 : previous.upToGlobalIndex();
        for (LedgerEvent event : events) {
            if (event.globalIndex() <= upTo) {
                tree.append(event.globalIndex(), event.hash());
            }
        }
        CheckpointBuilder builder = new CheckpointBuilder(previous, tree);
        for (LedgerEvent event : events) {
            if (event.globalIndex() > upTo) {
                builder.add(event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(), event.hash());
            }
        }
        Checkpoint checkpoint = builder.seal(nextGlobalIndex - 1, time, signer);
        checkpoints.add(checkpoint);
        return checkpoint;
    }

    LedgerEvent hashed(LedgerEvent event) {
        return with(event, e -> e, true);
    }

    int indexOf(long globalIndex) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).globalIndex() == globalIndex) {
                return i;
            }
        }
        throw new IllegalArgumentException("no event " + globalIndex);
    }

    /** Replaces the event at this global index, its hash left as it was or recomputed. */
    void replace(long globalIndex, UnaryOperator<LedgerEvent> change, boolean rehash) {
        int at = indexOf(globalIndex);
        events.set(at, with(events.get(at), change, rehash));
    }

    private LedgerEvent with(LedgerEvent event, UnaryOperator<LedgerEvent> change, boolean rehash) {
        LedgerEvent changed = change.apply(event);
        if (!rehash) {
            return changed;
        }
        return new LedgerEvent(changed.globalIndex(), changed.aggregateIdentifier(), changed.sequenceNumber(),
                changed.type(), changed.eventIdentifier(), changed.payloadType(), changed.payloadRevision(),
                changed.timeStamp(), changed.payload(), changed.metaData(), changed.previousHash(),
                eventHash.of(changed));
    }

    /** The export as the query side writes it: events in global order, each checkpoint after its last event. */
    byte[] export(Scope scope) {
        var out = new ByteArrayOutputStream();
        try (var writer = new ExportWriter(out)) {
            writer.header(new ExportHeader(ExportHeader.FORMAT, scope, null, null, null, time.toString()));
            List<LedgerEvent> ordered = new ArrayList<>(events);
            ordered.sort(java.util.Comparator.comparingLong(LedgerEvent::globalIndex));
            int next = 0;
            for (LedgerEvent event : ordered) {
                while (next < checkpoints.size() && checkpoints.get(next).upToGlobalIndex() < event.globalIndex()) {
                    writer.checkpoint(exported(checkpoints.get(next++), scope));
                }
                writer.event(event);
            }
            while (next < checkpoints.size()) {
                writer.checkpoint(exported(checkpoints.get(next++), scope));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Checkpoint exported(Checkpoint checkpoint, Scope scope) {
        return scope.complete() ? checkpoint : checkpoint.withoutInterval();
    }

    /** Recomputes every chain from scratch, as an attacker who rewrote history would. */
    void rechain() {
        Map<String, byte[]> last = new HashMap<>();
        events.sort(java.util.Comparator.comparingLong(LedgerEvent::globalIndex));
        for (int i = 0; i < events.size(); i++) {
            LedgerEvent event = events.get(i);
            LedgerEvent relinked = with(withPrevious(event, last.get(event.aggregateIdentifier())), e -> e, true);
            events.set(i, relinked);
            last.put(event.aggregateIdentifier(), relinked.hash());
        }
    }

    VerificationReport verify(Checkpoint... kept) {
        return verify(Scope.FULL, kept);
    }

    VerificationReport verify(Scope scope, Checkpoint... kept) {
        try {
            return VerifierCli.verify(new ByteArrayInputStream(export(scope)), List.of(key.publicKey()),
                    List.of(kept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LedgerEvent withPayload(LedgerEvent e, String payload) {
        return new LedgerEvent(e.globalIndex(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                e.eventIdentifier(), e.payloadType(), e.payloadRevision(), e.timeStamp(),
                payload.getBytes(StandardCharsets.UTF_8), e.metaData(), e.previousHash(), e.hash());
    }

    static LedgerEvent withGlobalIndex(LedgerEvent e, long globalIndex) {
        return new LedgerEvent(globalIndex, e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                e.eventIdentifier(), e.payloadType(), e.payloadRevision(), e.timeStamp(), e.payload(), e.metaData(),
                e.previousHash(), e.hash());
    }

    static LedgerEvent withPrevious(LedgerEvent e, byte[] previousHash) {
        return new LedgerEvent(e.globalIndex(), e.aggregateIdentifier(), e.sequenceNumber(), e.type(),
                e.eventIdentifier(), e.payloadType(), e.payloadRevision(), e.timeStamp(), e.payload(), e.metaData(),
                previousHash, e.hash());
    }
}
