package id.jejak.kernel.discipline;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A sanction was revoked on appeal and counts as never imposed; the imposition stays in the history. */
public record SanctionRevoked(Nip nip, UUID sanctionId, LocalDate effectiveDate, String authority, Decree decree)
        implements CareerEvent {
}
