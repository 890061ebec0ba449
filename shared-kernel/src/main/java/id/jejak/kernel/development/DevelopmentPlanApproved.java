package id.jejak.kernel.development;

import java.time.LocalDate;

/** A proposed version of the plan was approved and is now the one in force. */
public record DevelopmentPlanApproved(DevelopmentPlanId planId, int version, LocalDate approvedOn,
                                      String proposedBy, String approvedBy) {
}
