package id.jejak.command.programme;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.messaging.MetaData;

/**
 * Whether someone may take part in a programme is the knowledge of their own record, not the programme's: they
 * must be a registered civil servant, still in service, and in a unit the HR officer deciding acts for. The
 * programme asks before it enrols them, records their completion or records their evaluation, since each of these
 * is a decision about them as much as one taken on their own record.
 */
public interface ParticipantEligibility {

    /** Refuses with the rule that fails; returns if the command's actor may decide about the person's part. */
    void requireMayTakePart(Nip nip, MetaData command);
}
