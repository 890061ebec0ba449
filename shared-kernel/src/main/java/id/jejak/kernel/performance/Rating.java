package id.jejak.kernel.performance;

/** Rating of work results (hasil kerja) or of work behaviour (perilaku kerja) against expectation. */
public enum Rating {
    /** Di bawah ekspektasi. */
    BELOW_EXPECTATION,
    /** Sesuai ekspektasi. */
    AS_EXPECTED,
    /** Di atas ekspektasi. */
    ABOVE_EXPECTATION
}
