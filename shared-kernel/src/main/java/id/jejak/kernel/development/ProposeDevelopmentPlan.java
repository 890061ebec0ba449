package id.jejak.kernel.development;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** HR proposes a unit's annual development plan; the official in charge approves or rejects it (four eyes). */
public record ProposeDevelopmentPlan(@TargetAggregateIdentifier DevelopmentPlanId planId, List<PlanItem> items) {

    public ProposeDevelopmentPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
