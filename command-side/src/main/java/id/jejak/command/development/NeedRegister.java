package id.jejak.command.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;

import java.util.List;
import java.util.UUID;

/** What a plan asks of the needs its items answer, each need's own record deciding. */
interface NeedRegister {

    /**
     * Refuses a need never recorded, of another unit, already met, or a proposal not endorsed; answers the need's
     * people (none for a whole unit's need).
     */
    List<Nip> requireAnswerable(UUID needId, UnitCode planUnit);
}
