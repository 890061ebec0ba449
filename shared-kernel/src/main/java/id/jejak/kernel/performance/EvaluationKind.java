package id.jejak.kernel.performance;

/** Penilaian kinerja periodik (monthly, quarterly, semester) or tahunan (the final one of a year). */
public enum EvaluationKind {
    PERIODIC,
    ANNUAL
}
