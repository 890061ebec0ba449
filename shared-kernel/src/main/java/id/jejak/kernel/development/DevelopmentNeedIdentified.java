package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A development need was recorded with its source; {@code satisfactionThreshold} is the threshold a citizen
 * satisfaction need was judged against (null for other sources).
 */
public record DevelopmentNeedIdentified(
        UUID needId,
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
        LocalDate identifiedOn,
        BigDecimal satisfactionThreshold) {
}
