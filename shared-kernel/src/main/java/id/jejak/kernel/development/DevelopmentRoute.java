package id.jejak.kernel.development;

import id.jejak.kernel.training.TrainingKind;

/**
 * Jalur pelatihan: classroom (klasikal) or not (non-klasikal, Peraturan LAN 10/2018). It follows from the form of
 * the development, so it is derived here and never typed in.
 */
public enum DevelopmentRoute {
    /** Klasikal: training and seminars in a classroom. */
    CLASSICAL,
    /** Non-klasikal: e-learning, mentoring, coaching, internships, study groups. */
    NON_CLASSICAL;

    public static DevelopmentRoute of(TrainingKind form) {
        return switch (form) {
            case CLASSROOM, SEMINAR -> CLASSICAL;
            case E_LEARNING, MENTORING, COACHING, INTERNSHIP, STUDY_GROUP -> NON_CLASSICAL;
        };
    }
}
