package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;

import java.time.LocalDate;

/** A BKN decision corrected the recorded name; the earlier one stays in the history. */
public record IdentityCorrected(Nip nip, String previousFullName, String fullName, LocalDate effectiveDate,
                                Decree decree) implements CareerEvent {
}
