package id.jejak.kernel.discipline;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Reject a proposed heavy sanction, on stated grounds. */
public record RejectHeavySanction(@TargetAggregateIdentifier Nip nip, UUID proposalId, LocalDate effectiveDate,
                                  String grounds) {
}
