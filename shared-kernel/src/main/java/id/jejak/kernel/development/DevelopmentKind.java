package id.jejak.kernel.development;

/** What kind of recorded development met a need or realised a plan item. */
public enum DevelopmentKind {
    /** A training on the civil servant's record, named by its training id. */
    TRAINING,
    /** A development programme they took part in, named by its programme id. */
    PROGRAMME
}
