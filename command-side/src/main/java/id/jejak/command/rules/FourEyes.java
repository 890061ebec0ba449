package id.jejak.command.rules;

import java.util.Map;

/**
 * Four eyes: whoever proposed a decision (a promotion, a heavy sanction) may not take it or reject it. A proposal
 * recorded without its proposer has no one to keep from deciding.
 */
public final class FourEyes {

    private FourEyes() {
    }

    public static void requireNotProposer(String proposedBy, String decider) {
        if (proposedBy != null && proposedBy.equals(decider)) {
            throw new RuleViolation(Refusal.REFUSED, "FOUR_EYES_PROPOSER_CANNOT_DECIDE",
                    "whoever proposed a decision may not take or reject it", Map.of("proposedBy", decider));
        }
    }
}
