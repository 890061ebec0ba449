package id.jejak.kernel.performance;

/** How a coaching plan ended. */
public enum CoachingOutcome {
    /** Performance improved to expectation. */
    IMPROVED,
    /** Performance did not improve; further measures may follow. */
    NOT_IMPROVED,
    /** Handed on, e.g. to a training programme or a disciplinary procedure. */
    REFERRED
}
