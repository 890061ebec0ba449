package id.jejak.kernel.discipline;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Impose a disciplinary sanction from its effective date.
 *
 * @param months          how long it runs: 6, 9 or 12 for an allowance cut, 12 for demotion or release, 0 otherwise
 * @param examinationTeam NIPs of the Tim Pemeriksa, mandatory for a heavy sanction (the proposal's when absent)
 * @param proposalId      the proposal a heavy sanction imposes, which someone else must have made; null for a light
 *                        or medium one
 */
public record ImposeSanction(
        @TargetAggregateIdentifier Nip nip,
        UUID sanctionId,
        SanctionType type,
        int months,
        LocalDate effectiveDate,
        Decree decree,
        List<Nip> examinationTeam,
        UUID proposalId) {

    /** A light or medium sanction, imposed directly. */
    public ImposeSanction(Nip nip, UUID sanctionId, SanctionType type, int months, LocalDate effectiveDate,
                          Decree decree, List<Nip> examinationTeam) {
        this(nip, sanctionId, type, months, effectiveDate, decree, examinationTeam, null);
    }
}
