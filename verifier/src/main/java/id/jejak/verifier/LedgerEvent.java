package id.jejak.verifier;

/**
 * One stored event exactly as the event table holds it: every column, payload and metadata as the stored bytes, and
 * the two ledger columns. Arrays make {@code equals} compare identity; compare the parts that matter instead.
 *
 * @param previousHash the hash of the event before it in the same stream; {@code null} for a stream's first event
 * @param hash         the hash the store computed when the event was appended; {@code null} if it has none
 */
public record LedgerEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type,
                          String eventIdentifier, String payloadType, String payloadRevision, String timeStamp,
                          byte[] payload, byte[] metaData, byte[] previousHash, byte[] hash) {
}
