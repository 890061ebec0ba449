package id.jejak.kernel.promotion;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;

import java.time.LocalDate;
import java.util.UUID;

/** HR proposed a regular promotion, which passed every rule on the facts recorded in {@code eligibility}. */
public record PromotionProposed(Nip nip, UUID proposalId, Rank fromRank, Rank targetRank, LocalDate effectiveDate,
                                String proposedBy, PromotionEligibility eligibility) implements CareerEvent {
}
