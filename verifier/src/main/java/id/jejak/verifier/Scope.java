package id.jejak.verifier;

/**
 * What an export holds. Only the whole stream can be checked against the checkpoints' Merkle roots and heads; a
 * period or one person's stream is checked event by event and link by link, and its checkpoints by signature.
 */
public enum Scope {
    FULL, PERIOD, PERSON;

    public boolean complete() {
        return this == FULL;
    }
}
