package id.jejak.benchmark.generator;

/** The officials who take the generated decisions. */
final class Actors {

    static final String HR_ROLE = "HR_OFFICER";
    static final String APPROVER_ROLE = "APPROVING_OFFICIAL";
    static final String[] HR = {"hr.siti", "hr.budi", "hr.rina", "hr.togar", "hr.dewi", "hr.fauzi"};
    static final String APPROVER = "ppk.sekda";
    static final String SECOND_APPROVER = "ppk.kepala-bkpsdm";
    static final String SURVEY_OFFICER = "hr.organisasi";

    private Actors() {
    }
}
