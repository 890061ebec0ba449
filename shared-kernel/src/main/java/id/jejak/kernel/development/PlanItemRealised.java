package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A plan item was carried out for one of its people by a development they completed; the JP it earned and the date
 * are the completion's, recorded in the training's or the programme's stream.
 */
public record PlanItemRealised(
        DevelopmentPlanId planId,
        UUID itemId,
        Nip nip,
        DevelopmentKind kind,
        UUID developmentId,
        BigDecimal cost) {
}
