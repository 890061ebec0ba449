package id.jejak.kernel.civilservant;

import id.jejak.kernel.Decree;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Place a civil servant in a position in a work unit; it replaces the position they held until then. */
public record PlaceInPosition(@TargetAggregateIdentifier Nip nip, PositionKind kind, String title, String workUnit,
                              LocalDate effectiveDate, Decree decree) {
}
