package id.jejak.kernel.civilservant;

/** Kind of civil servant (ASN). */
public enum EmploymentType {
    /** Calon PNS: a candidate on probation. */
    CPNS,
    /** Pegawai Negeri Sipil: career civil servant. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: civil servant on a work contract. */
    PPPK
}
