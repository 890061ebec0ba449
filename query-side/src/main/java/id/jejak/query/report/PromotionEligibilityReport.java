package id.jejak.query.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every active PNS and whether a regular promotion to the next rank could be proposed for the date, and if not why. */
record PromotionEligibilityReport(LocalDate date, String policyVersion, List<String> promotionDates, int eligible,
                                  int ineligible, List<Candidate> civilServants) {

    record Candidate(String nip, String fullName, String unit, String rank, LocalDate rankSince, String education,
                     String targetRank, boolean eligible, List<Reason> reasons) {
    }

    /** A rule the promotion would fail: the command side's code, its message, and the facts that fail it. */
    record Reason(String code, String message, Map<String, Object> facts) {
    }
}
