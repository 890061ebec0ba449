package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;

import java.time.LocalDate;

/**
 * A civil servant holds this position from the effective date, and the previous one ({@code previousTitle} in
 * {@code previousWorkUnit}) ended the day before: one active position at a time.
 */
public record PlacedInPosition(Nip nip, PositionKind kind, String title, String workUnit, LocalDate effectiveDate,
                               Decree decree, String previousTitle, String previousWorkUnit) implements CareerEvent {
}
