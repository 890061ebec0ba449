package id.jejak.kernel.development;

import java.util.List;

/**
 * A version of a unit's plan was proposed: the first ({@code amendsVersion} null, {@code reason} optional) or an
 * amendment of the version in force. It holds every item of the version, so each version can be read whole.
 */
public record DevelopmentPlanProposed(
        DevelopmentPlanId planId,
        int version,
        Integer amendsVersion,
        List<PlanItem> items,
        String reason,
        String proposedBy) {
}
