package id.jejak.kernel.training;

/** Bentuk pengembangan kompetensi: the forms of competence development (Peraturan LAN 10/2018). */
public enum TrainingKind {
    /** Pelatihan klasikal. */
    CLASSROOM,
    /** E-learning. */
    E_LEARNING,
    /** Mentoring. */
    MENTORING,
    /** Coaching. */
    COACHING,
    /** Seminar, lokakarya. */
    SEMINAR,
    /** Magang, at home or abroad. */
    INTERNSHIP,
    /** Komunitas belajar. */
    STUDY_GROUP
}
