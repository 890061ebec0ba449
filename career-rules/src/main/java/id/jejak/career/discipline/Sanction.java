package id.jejak.career.discipline;

import id.jejak.kernel.discipline.SanctionType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * A disciplinary sanction as the rules see it (PP 94/2021): in force from its effective date until the day before
 * {@code endsOn}. A sanction without an end date (none is imposed so, but an old or migrated record may lack it) is
 * in force on no day: the date it would end on is not known, and the rules that ask are the ones that block a
 * decision, which no unknown should do silently; the findings report such a record apart.
 */
public record Sanction(UUID sanctionId, SanctionType type, LocalDate from, LocalDate endsOn) {

    public boolean inForceOn(LocalDate date) {
        return endsOn != null && !date.isBefore(from) && date.isBefore(endsOn);
    }

    /** The sanction in force on the date that ends last, the one that blocks longest; none if none is. */
    public static Optional<Sanction> inForceOn(Collection<Sanction> standing, LocalDate date) {
        return standing.stream().filter(sanction -> sanction.inForceOn(date))
                .max(Comparator.comparing(Sanction::endsOn));
    }
}
