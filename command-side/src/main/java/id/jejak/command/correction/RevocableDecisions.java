package id.jejak.command.correction;

import java.util.Optional;

/** A part of a civil servant's record that knows which of its decisions an event recorded. */
@FunctionalInterface
public interface RevocableDecisions {

    /**
     * The type of the decision the event recorded, if this part recorded it and it may be revoked now; a
     * {@link id.jejak.command.rules.RuleViolation} if it recorded it but a later decision rests on it.
     */
    Optional<String> revocable(String eventId);
}
