package id.jejak.kernel.promotion;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Propose a regular promotion (kenaikan pangkat reguler) to a rank, from a promotion date (TMT). */
public record ProposePromotion(@TargetAggregateIdentifier Nip nip, UUID proposalId, Rank targetRank,
                               LocalDate effectiveDate) {
}
