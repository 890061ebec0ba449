package id.jejak.verifier;

/**
 * Where one stream stood when a checkpoint was sealed: its last event up to the checkpoint's global index. A
 * checkpoint lists the head of every stream its interval touched, so a verifier can say which stream lost or gained
 * an event, not only that the Merkle root differs.
 */
public record Head(String aggregateIdentifier, long sequenceNumber, long globalIndex, byte[] hash) {
}
