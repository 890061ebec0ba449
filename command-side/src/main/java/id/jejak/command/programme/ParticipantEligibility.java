package id.jejak.command.programme;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.messaging.MetaData;

/**
 * Whether someone may be enrolled in a programme is the knowledge of their own record, not the programme's: they
 * must be a registered civil servant, still in service, and in a unit the enrolling HR officer acts for. The
 * programme asks before it enrols.
 */
public interface ParticipantEligibility {

    /** Refuses with the rule that fails; returns if the person may be enrolled by the command's actor. */
    void requireMayEnrol(Nip nip, MetaData command);
}
