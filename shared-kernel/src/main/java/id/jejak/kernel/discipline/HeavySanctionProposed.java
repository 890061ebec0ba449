package id.jejak.kernel.discipline;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A heavy sanction was proposed; nothing is in force until another official imposes it. */
public record HeavySanctionProposed(
        Nip nip,
        UUID proposalId,
        SanctionType type,
        int months,
        LocalDate effectiveDate,
        List<Nip> examinationTeam,
        String proposedBy) implements CareerEvent {
}
