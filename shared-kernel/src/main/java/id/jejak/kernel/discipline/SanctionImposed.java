package id.jejak.kernel.discipline;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sanction was imposed; it is in force from the effective date until the day before {@code endsOn}. A heavy one
 * names the proposal it imposes, who proposed it and who approved it (four eyes); a light or medium one, imposed
 * directly, has none of these.
 */
public record SanctionImposed(
        Nip nip,
        UUID sanctionId,
        SanctionType type,
        SanctionLevel level,
        int months,
        LocalDate effectiveDate,
        LocalDate endsOn,
        Decree decree,
        List<Nip> examinationTeam,
        UUID proposalId,
        String proposedBy,
        String approvedBy) implements CareerEvent {

    /** A sanction imposed directly, without a proposal. */
    public SanctionImposed(Nip nip, UUID sanctionId, SanctionType type, SanctionLevel level, int months,
                           LocalDate effectiveDate, LocalDate endsOn, Decree decree, List<Nip> examinationTeam) {
        this(nip, sanctionId, type, level, months, effectiveDate, endsOn, decree, examinationTeam, null, null, null);
    }
}
