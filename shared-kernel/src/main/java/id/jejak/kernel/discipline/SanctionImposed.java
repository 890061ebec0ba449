package id.jejak.kernel.discipline;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A sanction was imposed; it is in force from the effective date until the day before {@code endsOn}. */
public record SanctionImposed(
        Nip nip,
        UUID sanctionId,
        SanctionType type,
        SanctionLevel level,
        int months,
        LocalDate effectiveDate,
        LocalDate endsOn,
        Decree decree,
        List<Nip> examinationTeam) implements CareerEvent {
}
