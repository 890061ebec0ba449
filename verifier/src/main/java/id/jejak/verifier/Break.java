package id.jejak.verifier;

/**
 * The first broken point of a ledger.
 *
 * @param globalIndex         where it is: the event's global index; for a missing event whose index nothing
 *                            records, that of the event whose chain reveals the gap; for a checkpoint's own fault,
 *                            the first event the checkpoint covers (or its up-to index when it covers none)
 * @param aggregateIdentifier the stream concerned, when known
 * @param sequenceNumber      the event's place in that stream (for a missing event, the first missing one)
 * @param checkpoint          the sequence of the checkpoint that revealed it, if a checkpoint did
 * @param detail              what is wrong, in English, with the evidence
 */
public record Break(BreakKind kind, long globalIndex, String aggregateIdentifier, Long sequenceNumber,
                    Long checkpoint, String detail) {

    @Override
    public String toString() {
        return kind + " at global index " + globalIndex
                + (aggregateIdentifier == null ? "" : ", aggregate " + aggregateIdentifier)
                + (sequenceNumber == null ? "" : ", sequence " + sequenceNumber) + ": " + detail;
    }
}
