package id.jejak.kernel.correction;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;

/** The decision recorded by event {@code revokedEventId} is void; that event remains, and this one points at it. */
public record DecisionRevoked(Nip nip, String revokedEventId, String revokedEventType, LocalDate effectiveDate,
                              String authority, Decree decree) implements CareerEvent {
}
