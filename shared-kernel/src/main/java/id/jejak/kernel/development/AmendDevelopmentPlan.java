package id.jejak.kernel.development;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * HR proposes a new version of an approved plan: the whole list of items as it should stand, and why. The version
 * in force stays until the official in charge approves the amendment; every version stays in the record.
 */
public record AmendDevelopmentPlan(@TargetAggregateIdentifier DevelopmentPlanId planId, List<PlanItem> items,
                                   String reason) {

    public AmendDevelopmentPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
