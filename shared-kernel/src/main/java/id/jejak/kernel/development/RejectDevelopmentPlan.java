package id.jejak.kernel.development;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The official in charge rejects the plan's pending version; the version in force, if any, stays. */
public record RejectDevelopmentPlan(@TargetAggregateIdentifier DevelopmentPlanId planId, LocalDate rejectedOn,
                                    String grounds) {
}
