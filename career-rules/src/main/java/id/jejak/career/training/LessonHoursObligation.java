package id.jejak.career.training;

import id.jejak.kernel.civilservant.EmploymentType;

/**
 * The competence-development obligation: at least 20 lesson hours (JP) a year. PP 11/2017 Pasal 203(4) sets it for
 * PNS (and CPNS), and Peraturan LAN 5/2018 for every Pegawai ASN, which PPPK are (Peraturan LAN 15/2020 on their
 * competence development), so it holds for all three.
 */
public final class LessonHoursObligation {

    public static final int REQUIRED_PER_YEAR = 20;

    private LessonHoursObligation() {
    }

    /** Every employment type Jejak records owes the 20 JP; a type it does not know owes nothing it can check. */
    public static boolean appliesTo(EmploymentType employmentType) {
        return employmentType != null;
    }

    /** How many JP short of the obligation the hours earned in a year are. */
    public static int shortfall(int earned) {
        return Math.max(0, REQUIRED_PER_YEAR - earned);
    }
}
