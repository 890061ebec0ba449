package id.jejak.kernel.discipline;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Revoke a sanction on appeal (keberatan, banding administratif), by the authority that decided the appeal. */
public record RevokeSanction(@TargetAggregateIdentifier Nip nip, UUID sanctionId, LocalDate effectiveDate,
                             String authority, Decree decree) {
}
