package id.jejak.kernel.award;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A civil servant received an award, resting on the evaluations named in {@code basis}. */
public record AwardGranted(Nip nip, UUID awardId, String title, List<UUID> basis, LocalDate effectiveDate,
                           Decree decree) implements CareerEvent {
}
