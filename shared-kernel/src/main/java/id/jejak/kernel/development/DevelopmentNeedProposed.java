package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;

import java.time.LocalDate;
import java.util.UUID;

/** A civil servant proposed a development need of their own; {@code proposedBy} is who sent it. */
public record DevelopmentNeedProposed(
        UUID needId,
        UnitCode unit,
        Nip nip,
        CompetencyCategory category,
        String competency,
        String description,
        LocalDate proposedOn,
        String proposedBy) {
}
