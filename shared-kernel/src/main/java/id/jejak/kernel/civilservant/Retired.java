package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;

import java.time.LocalDate;

/** A civil servant retired; nothing but corrections may be recorded for them afterwards. */
public record Retired(Nip nip, LocalDate effectiveDate, Decree decree) implements CareerEvent {
}
