package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A need was met by a development its person completed. */
public record DevelopmentNeedClosed(UUID needId, UnitCode unit, Nip nip, DevelopmentKind kind, UUID developmentId) {
}
