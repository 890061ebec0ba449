package id.jejak.verifier;

/**
 * The outcome of one verification.
 *
 * @param events                how many events were read
 * @param checkpoints           how many checkpoints the export (or store) holds
 * @param checkpointsVerified   how many of them held: signed by a given key, in one chain, and (for a full export)
 *                              matching the events
 * @param lastCheckpoint        the sequence of the last checkpoint that held, if any
 * @param sealedUpToGlobalIndex its up-to global index: nothing up to it can have changed unnoticed
 * @param unsealedEvents        events after it, which no checkpoint vouches for yet (their chains still do)
 * @param keptCheckpoints       checkpoints the auditor supplied from earlier, each checked against the export
 * @param firstBreak            the first broken point by global index, {@code null} when verified
 * @param breaks                how many broken points were found in all (later ones often follow from the first)
 */
public record VerificationReport(Status status, Scope scope, long events, long checkpoints, long checkpointsVerified,
                                 Long lastCheckpoint, Long sealedUpToGlobalIndex, long unsealedEvents,
                                 int keptCheckpoints, Break firstBreak, int breaks) {

    public enum Status { VERIFIED, BROKEN }

    public boolean verified() {
        return status == Status.VERIFIED;
    }

    /** One paragraph for people, in English. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        if (verified()) {
            text.append("VERIFIED: ").append(events).append(" events");
        } else {
            text.append("BROKEN: ").append(firstBreak).append(System.lineSeparator())
                    .append("  (").append(breaks).append(breaks == 1 ? " broken point" : " broken points")
                    .append(" in all; ").append(events).append(" events");
        }
        text.append(", ").append(checkpointsVerified).append(" of ").append(checkpoints).append(" checkpoints hold");
        if (lastCheckpoint != null) {
            text.append(" (the last, #").append(lastCheckpoint).append(", seals up to global index ")
                    .append(sealedUpToGlobalIndex).append(")");
        }
        if (keptCheckpoints > 0) {
            text.append(", ").append(keptCheckpoints).append(" kept checkpoint(s) checked");
        }
        if (lastCheckpoint != null) {
            text.append("; ").append(unsealedEvents).append(" events after it are ")
                    .append(verified() ? "not sealed yet" : "vouched for by their chains alone");
        } else if (verified()) {
            text.append("; no checkpoint seals them yet");
        }
        if (!scope.complete()) {
            text.append("; a ").append(scope.name().toLowerCase())
                    .append(" export: chains and signatures checked, Merkle roots need the full export");
        }
        text.append(verified() ? "." : ")");
        return text.toString();
    }
}
