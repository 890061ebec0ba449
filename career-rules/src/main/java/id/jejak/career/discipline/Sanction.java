package id.jejak.career.discipline;

import id.jejak.kernel.discipline.SanctionType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * A disciplinary sanction as the rules see it (PP 94/2021): in force from its effective date until the day before
 * {@code endsOn}. Every reader of a recorded sanction builds it with {@link #imposed}, so a record without its end
 * date (none is imposed so since the end is recorded, but an old or migrated record may lack it) ends the same way
 * everywhere: its effective date plus its months.
 */
public record Sanction(UUID sanctionId, SanctionType type, LocalDate from, LocalDate endsOn) {

    /** The sanction as recorded; a missing end date is its effective date plus its months. */
    public static Sanction imposed(UUID sanctionId, SanctionType type, LocalDate from, int months, LocalDate endsOn) {
        return new Sanction(sanctionId, type, from, endsOn != null ? endsOn : from.plusMonths(months));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(endsOn);
    }

    /** The sanction in force on the date that ends last, the one that blocks longest; none if none is. */
    public static Optional<Sanction> inForceOn(Collection<Sanction> standing, LocalDate date) {
        return standing.stream().filter(sanction -> sanction.inForceOn(date))
                .max(Comparator.comparing(Sanction::endsOn));
    }
}
