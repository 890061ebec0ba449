package id.jejak.kernel.promotion;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A civil servant holds the new rank from the effective date (TMT), by decree. The facts checked when it was
 * granted are kept in {@code eligibility}, beside who proposed and who approved.
 */
public record PromotionGranted(Nip nip, UUID proposalId, Rank fromRank, Rank toRank, LocalDate effectiveDate,
                               Decree decree, String proposedBy, String approvedBy,
                               PromotionEligibility eligibility) implements CareerEvent {
}
