package id.jejak.kernel.discipline;

/** Jenis hukuman disiplin (PP 94/2021 Pasal 8), each of one level. */
public enum SanctionType {
    /** Teguran lisan. */
    ORAL_REPRIMAND(SanctionLevel.LIGHT),
    /** Teguran tertulis. */
    WRITTEN_REPRIMAND(SanctionLevel.LIGHT),
    /** Pernyataan tidak puas secara tertulis. */
    WRITTEN_DISSATISFACTION(SanctionLevel.LIGHT),
    /** Pemotongan tunjangan kinerja 25% for 6, 9 or 12 months. */
    ALLOWANCE_CUT(SanctionLevel.MEDIUM),
    /** Penurunan jabatan setingkat lebih rendah for 12 months. */
    DEMOTION(SanctionLevel.HEAVY),
    /** Pembebasan dari jabatan menjadi jabatan pelaksana for 12 months. */
    RELEASE_FROM_POSITION(SanctionLevel.HEAVY),
    /** Pemberhentian dengan hormat tidak atas permintaan sendiri. */
    DISMISSAL(SanctionLevel.HEAVY);

    private final SanctionLevel level;

    SanctionType(SanctionLevel level) {
        this.level = level;
    }

    public SanctionLevel level() {
        return level;
    }
}
