package id.jejak.kernel.programme;

/** What a programme's evaluation leads to, for its next run. */
public enum FollowUpDecision {
    /** Run it again as it is. */
    CONTINUE,
    /** Run it again with a revised curriculum, saying what changes. */
    REVISE_CURRICULUM,
    /** Run it no more. */
    STOP
}
