package id.jejak.kernel.promotion;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Grant a proposed promotion by decree; only an official other than the proposer may. */
public record GrantPromotion(@TargetAggregateIdentifier Nip nip, UUID proposalId, Decree decree) {
}
