package id.jejak.command.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.performance.Predicate;

import java.util.Optional;
import java.util.UUID;

/**
 * What a development need or a plan's realisation reads from a civil servant's record, loaded (never changed) in the
 * same unit of work. A NIP never registered is refused with {@code CIVIL_SERVANT_NOT_FOUND}.
 */
public interface PersonRecords {

    /** The evaluation's latest predicate; empty when no such evaluation is on the record (or it was revoked). */
    Optional<Predicate> evaluationPredicate(Nip nip, UUID evaluationId);

    /** Whether the coaching is closed; empty when it was never planned for this person. */
    Optional<Boolean> coachingClosed(Nip nip, UUID coachingId);

    /** Whether the person's training is completed (and the completion not revoked). */
    boolean trainingCompleted(Nip nip, UUID trainingId);
}
