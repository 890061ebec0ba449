package id.jejak.kernel.promotion;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Reject a proposed promotion; only an official other than the proposer may. */
public record RejectPromotion(@TargetAggregateIdentifier Nip nip, UUID proposalId, LocalDate effectiveDate,
                              String grounds) {
}
