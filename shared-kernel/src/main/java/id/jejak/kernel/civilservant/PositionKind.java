package id.jejak.kernel.civilservant;

/** Jenis jabatan. */
public enum PositionKind {
    /** Jabatan pimpinan tinggi (JPT). */
    SENIOR_EXECUTIVE,
    /** Jabatan administrator. */
    ADMINISTRATOR,
    /** Jabatan pengawas. */
    SUPERVISOR,
    /** Jabatan fungsional (JF). */
    FUNCTIONAL,
    /** Jabatan pelaksana. */
    STAFF
}
