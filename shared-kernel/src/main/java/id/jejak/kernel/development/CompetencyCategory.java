package id.jejak.kernel.development;

/** The competency a development serves: teknis, manajerial or sosial-kultural. */
public enum CompetencyCategory {
    /** Teknis. */
    TECHNICAL,
    /** Manajerial. */
    MANAGERIAL,
    /** Sosial-kultural. */
    SOCIO_CULTURAL
}
