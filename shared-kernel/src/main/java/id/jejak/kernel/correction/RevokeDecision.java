package id.jejak.kernel.correction;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Revoke a recorded decision — a placement, evaluation, sanction, promotion, award or training completion — by the
 * identifier of the event that recorded it. The decision stays in the history, marked as revoked.
 *
 * @param authority who revoked it (e.g. "PPK Kota Medan", "BKN")
 */
public record RevokeDecision(@TargetAggregateIdentifier Nip nip, String eventId, LocalDate effectiveDate,
                             String authority, Decree decree) {
}
