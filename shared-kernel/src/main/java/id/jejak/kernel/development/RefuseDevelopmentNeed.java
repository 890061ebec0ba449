package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The head of unit refuses a civil servant's proposed need, with the grounds. */
public record RefuseDevelopmentNeed(@TargetAggregateIdentifier UUID needId, LocalDate refusedOn, String grounds) {
}
