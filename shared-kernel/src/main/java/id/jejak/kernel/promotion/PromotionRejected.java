package id.jejak.kernel.promotion;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** An approving official rejected a proposed promotion on these grounds. */
public record PromotionRejected(Nip nip, UUID proposalId, LocalDate effectiveDate, String grounds, String proposedBy,
                                String rejectedBy) implements CareerEvent {
}
