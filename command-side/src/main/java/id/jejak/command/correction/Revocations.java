package id.jejak.command.correction;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.correction.RevokeDecision;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Revocations of a civil servant's decisions: each decision revoked once, and only one that a part of the record
 * says it recorded and may be revoked now. A revoked decision counts as never taken; each part forgets its own.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Revocations {

    private final Set<String> revoked = new HashSet<>();

    /** Asks the parts in the order given; the first that recorded the event answers. */
    public DecisionRevoked revoke(Nip nip, RevokeDecision command, List<RevocableDecisions> parts) {
        if (revoked.contains(command.eventId())) {
            throw new RuleViolation(Refusal.CONFLICT, "DECISION_ALREADY_REVOKED", "this decision is already revoked",
                    Map.of("eventId", command.eventId()));
        }
        String type = parts.stream().map(part -> part.revocable(command.eventId())).flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new RuleViolation(Refusal.NOT_FOUND, "DECISION_NOT_REVOCABLE",
                        "no revocable decision (promotion, placement, confirmation as PNS, evaluation, sanction, "
                                + "award, training completion, retirement, dismissal) was recorded by this event",
                        Map.of("eventId", command.eventId())));
        return new DecisionRevoked(nip, command.eventId(), type, command.effectiveDate(), command.authority(),
                command.decree());
    }

    public void on(DecisionRevoked event) {
        revoked.add(event.revokedEventId());
    }
}
