package id.jejak.kernel.development;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The official in charge approves the plan's pending version: a first proposal or an amendment. */
public record ApproveDevelopmentPlan(@TargetAggregateIdentifier DevelopmentPlanId planId, LocalDate approvedOn) {
}
