package id.jejak.kernel.discipline;

/** Tingkat hukuman disiplin (PP 94/2021 Pasal 8). */
public enum SanctionLevel {
    /** Ringan. */
    LIGHT,
    /** Sedang. */
    MEDIUM,
    /** Berat. */
    HEAVY
}
