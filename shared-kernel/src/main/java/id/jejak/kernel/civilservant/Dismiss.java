package id.jejak.kernel.civilservant;

import id.jejak.kernel.Decree;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Dismiss a civil servant (pemberhentian), honourably or not. */
public record Dismiss(@TargetAggregateIdentifier Nip nip, LocalDate effectiveDate, Decree decree,
                      boolean honourable) {
}
