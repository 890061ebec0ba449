package id.jejak.kernel.performance;

/** Predikat kinerja pegawai (PermenPANRB 6/2022), best first. */
public enum Predicate {
    /** Sangat Baik. */
    SANGAT_BAIK,
    /** Baik. */
    BAIK,
    /** Butuh Perbaikan. */
    BUTUH_PERBAIKAN,
    /** Kurang / Misconduct. */
    KURANG,
    /** Sangat Kurang. */
    SANGAT_KURANG;

    /** Baik or better: what a regular promotion asks of each of the last two years. */
    public boolean isAtLeastBaik() {
        return this == SANGAT_BAIK || this == BAIK;
    }
}
