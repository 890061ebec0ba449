package id.jejak.kernel.development;

import java.time.LocalDate;

/** A proposed version of the plan was rejected. */
public record DevelopmentPlanRejected(DevelopmentPlanId planId, int version, LocalDate rejectedOn, String grounds,
                                      String proposedBy, String rejectedBy) {
}
