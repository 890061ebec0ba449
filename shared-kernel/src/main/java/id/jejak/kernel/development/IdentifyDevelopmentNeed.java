package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Record a development need of a person, a group or a whole unit (no NIPs), and where it came from: an evaluation
 * below Baik or a closed coaching ({@code sourceId}), a competency gap ({@code category}, {@code competency}, the
 * {@code currentLevel} below the {@code requiredLevel}), or the unit's citizen satisfaction of a survey
 * {@code period} below the threshold. A civil servant's own proposal is {@link ProposeDevelopmentNeed}.
 */
public record IdentifyDevelopmentNeed(
        @TargetAggregateIdentifier UUID needId,
        UnitCode unit,
        List<Nip> nips,
        NeedSource source,
        UUID sourceId,
        String period,
        CompetencyCategory category,
        String competency,
        Integer currentLevel,
        Integer requiredLevel,
        String description,
        LocalDate identifiedOn) {

    public IdentifyDevelopmentNeed {
        nips = nips == null ? List.of() : List.copyOf(nips);
    }
}
