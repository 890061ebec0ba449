package id.jejak.verifier;

/** What is wrong at a broken point of the ledger. */
public enum BreakKind {
    /** An event's content no longer matches its hash, or the event after it names another hash. */
    ALTERED_CONTENT,
    /** An event the chain or a checkpoint vouches for is not there. */
    MISSING_EVENT,
    /** An event is there, but not where its stream or a checkpoint puts it. */
    REORDERED_EVENT,
    /** An event is there that its stream's chain or the checkpoint sealing its interval does not account for. */
    INSERTED_EVENT,
    /** A checkpoint is not signed by a given key, or its heads and gaps are not the ones it signed. */
    BAD_SIGNATURE,
    /** The events do not add up to what a signed checkpoint sealed, or the checkpoints do not form one chain. */
    CHECKPOINT_MISMATCH
}
