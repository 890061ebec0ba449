package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;

import java.time.LocalDate;

/** A CPNS became PNS from the effective date. */
public record ConfirmedAsPns(Nip nip, LocalDate effectiveDate, Decree decree) implements CareerEvent {
}
