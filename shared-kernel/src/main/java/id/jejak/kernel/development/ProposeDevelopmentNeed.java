package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** A civil servant tells their head of unit what development they need; the head endorses or refuses it. */
public record ProposeDevelopmentNeed(
        @TargetAggregateIdentifier UUID needId,
        UnitCode unit,
        Nip nip,
        CompetencyCategory category,
        String competency,
        String description,
        LocalDate proposedOn) {
}
