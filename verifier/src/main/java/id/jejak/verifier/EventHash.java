package id.jejak.verifier;

import java.security.MessageDigest;

/**
 * An event's link in the chain of its stream: SHA-256 over the canonical form (see {@link Canonical}) of, in this
 * order, the format name {@value #FORMAT}, aggregate identifier, sequence number, type, event identifier, payload
 * type, payload revision, time stamp (the ISO text as stored), payload bytes, metadata bytes and the previous event's
 * hash. The global index is left out on purpose: the chain is about a stream's content and order, which survive a
 * move to another store; the global order is what the checkpoints' Merkle tree attests. The database trigger
 * {@code eventstore.ledger_event_hash} computes exactly this; a test holds the two together.
 * One buffer and digest are reused, so an instance is not thread-safe.
 */
public final class EventHash {

    public static final String FORMAT = "jejak-ledger-event-v1";

    private final Canonical canonical = new Canonical();
    private final MessageDigest sha256 = Canonical.sha256();

    /** The hash the event should have, given the previous hash it names. */
    public byte[] of(LedgerEvent event) {
        // the same bytes as write(event), with payload and metadata handed to the digest without a copy
        canonical.reset()
                .text(FORMAT)
                .text(event.aggregateIdentifier())
                .int64(event.sequenceNumber())
                .text(event.type())
                .text(event.eventIdentifier())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .text(event.timeStamp())
                .bytesTo(sha256, event.payload())
                .bytesTo(sha256, event.metaData())
                .bytes(event.previousHash());
        return canonical.sha256(sha256);
    }

    /** The bytes that are hashed, for tests and for anyone re-implementing the verifier. */
    public byte[] canonicalForm(LedgerEvent event) {
        write(event);
        return canonical.toByteArray();
    }

    private void write(LedgerEvent event) {
        canonical.reset()
                .text(FORMAT)
                .text(event.aggregateIdentifier())
                .int64(event.sequenceNumber())
                .text(event.type())
                .text(event.eventIdentifier())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .text(event.timeStamp())
                .bytes(event.payload())
                .bytes(event.metaData())
                .bytes(event.previousHash());
    }
}
