package id.jejak.kernel.civilservant;

import id.jejak.kernel.Decree;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Confirm a CPNS as PNS after probation and the basic training (Latsar). */
public record ConfirmAsPns(@TargetAggregateIdentifier Nip nip, LocalDate effectiveDate, Decree decree) {
}
