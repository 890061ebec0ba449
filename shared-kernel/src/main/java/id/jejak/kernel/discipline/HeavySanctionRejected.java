package id.jejak.kernel.discipline;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A proposed heavy sanction was rejected by an official other than its proposer. */
public record HeavySanctionRejected(Nip nip, UUID proposalId, LocalDate effectiveDate, String grounds,
                                    String proposedBy, String rejectedBy) implements CareerEvent {
}
