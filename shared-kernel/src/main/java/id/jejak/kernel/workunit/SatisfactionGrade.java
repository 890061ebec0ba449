package id.jejak.kernel.workunit;

/** Mutu pelayanan: the service-quality grade a satisfaction index falls in (PermenPANRB 14/2017). */
public enum SatisfactionGrade {
    /** Sangat Baik. */
    A,
    /** Baik. */
    B,
    /** Kurang Baik. */
    C,
    /** Tidak Baik. */
    D
}
