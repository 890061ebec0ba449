package id.jejak.command.award;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.command.correction.RevocableDecisions;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.correction.DecisionRevoked;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** A civil servant's awards: each recorded once, each resting on one or more recorded evaluations. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Awards implements RevocableDecisions {

    /** The events that granted an award not revoked. */
    private final Set<String> granted = new HashSet<>();
    private final Set<UUID> awardIds = new HashSet<>();

    public AwardGranted grant(Nip nip, GrantAward command, Predicate<UUID> evaluationRecorded) {
        if (awardIds.contains(command.awardId())) {
            throw new RuleViolation(Refusal.CONFLICT, "AWARD_ALREADY_GRANTED", "this award is already recorded",
                    Map.of("awardId", command.awardId()));
        }
        var unknown = command.basis().stream().filter(evaluationRecorded.negate()).toList();
        if (command.basis().isEmpty() || !unknown.isEmpty()) {
            throw new RuleViolation(Refusal.REFUSED, "AWARD_BASIS_UNKNOWN",
                    "an award rests on one or more recorded evaluations", Map.of("unknownEvaluations", unknown));
        }
        return new AwardGranted(nip, command.awardId(), command.title(), command.basis(), command.effectiveDate(),
                command.decree());
    }

    @Override
    public Optional<String> revocable(String eventId) {
        return granted.contains(eventId) ? Optional.of(AwardGranted.class.getSimpleName()) : Optional.empty();
    }

    public void on(AwardGranted event, String eventId) {
        granted.add(eventId);
        awardIds.add(event.awardId());
    }

    public void on(DecisionRevoked event) {
        granted.remove(event.revokedEventId());
    }
}
