package id.jejak.kernel.development;

/** Where a development need came from (PP 11/2017 Pasal 205–206: competency-gap and performance-gap analysis). */
public enum NeedSource {
    /** A performance evaluation below Baik, named by its id. */
    PERFORMANCE_EVALUATION,
    /** The outcome of a closed coaching (pendampingan), named by its id. */
    COACHING_OUTCOME,
    /** The civil servant's own proposal to their head of unit, endorsed or refused by them. */
    SELF_PROPOSAL,
    /** A competency below the standard of the position. */
    COMPETENCY_GAP,
    /** A unit's citizen satisfaction (SKM) below the threshold. */
    CITIZEN_SATISFACTION
}
