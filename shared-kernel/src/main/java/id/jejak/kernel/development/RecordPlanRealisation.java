package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Link a development a person completed (a training on their record, or a programme they attended) to the plan
 * item it carries out, with its actual cost in rupiah if known.
 */
public record RecordPlanRealisation(
        @TargetAggregateIdentifier DevelopmentPlanId planId,
        UUID itemId,
        Nip nip,
        DevelopmentKind kind,
        UUID developmentId,
        BigDecimal cost) {
}
