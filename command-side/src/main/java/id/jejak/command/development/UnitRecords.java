package id.jejak.command.development;

import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;

import java.util.Optional;

/** What a development need reads from a work unit's record. */
public interface UnitRecords {

    /** The index of the unit's survey for the period; empty when none is recorded. */
    Optional<SatisfactionIndex> satisfactionIndex(UnitCode unit, String period);
}
