package id.jejak.kernel.workunit;

/** Predikat kinerja organisasi: a unit's performance for a year, which sets the distribution curve of its staff. */
public enum OrganisationPredicate {
    /** Istimewa. */
    ISTIMEWA,
    /** Baik. */
    BAIK,
    /** Butuh Perbaikan (Cukup). */
    BUTUH_PERBAIKAN,
    /** Kurang. */
    KURANG,
    /** Sangat Kurang. */
    SANGAT_KURANG
}
