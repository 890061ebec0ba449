package id.jejak.kernel.discipline;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Propose a heavy sanction (demotion, release from position, dismissal), which another official then imposes or
 * rejects: four eyes. Light and medium sanctions are imposed directly.
 *
 * @param examinationTeam NIPs of the Tim Pemeriksa that examined the case
 */
public record ProposeHeavySanction(
        @TargetAggregateIdentifier Nip nip,
        UUID proposalId,
        SanctionType type,
        int months,
        LocalDate effectiveDate,
        List<Nip> examinationTeam) {
}
