package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;

import java.time.LocalDate;

/** A civil servant was dismissed; nothing but corrections may be recorded for them afterwards. */
public record Dismissed(Nip nip, LocalDate effectiveDate, Decree decree, boolean honourable) implements CareerEvent {
}
