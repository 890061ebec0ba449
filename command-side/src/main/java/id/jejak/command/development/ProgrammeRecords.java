package id.jejak.command.development;

import id.jejak.kernel.civilservant.Nip;

import java.util.UUID;

/** What a need or a plan's realisation reads from a programme's record; an unknown one is {@code PROGRAMME_NOT_FOUND}. */
public interface ProgrammeRecords {

    /** Whether the person attended the programme to its end. */
    boolean attended(UUID programmeId, Nip nip);
}
