package id.jejak.kernel;

import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;

/**
 * An event in one civil servant's career. History is bitemporal: {@link #effectiveDate()} is when the decision
 * takes effect (TMT, terhitung mulai tanggal); the event's timestamp is when the system learned of it.
 */
public interface CareerEvent {

    Nip nip();

    LocalDate effectiveDate();
}
