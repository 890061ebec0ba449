package id.jejak.command.rules;

import java.util.Map;

/**
 * A decision refused by a rule: its stable code, what kind of refusal it is, and the facts that failed. The message
 * is English for logs; readers get the code's message in their language.
 */
public class RuleViolation extends RuntimeException {

    /** The fact that lists every rule a decision failed, when it failed more than the one it is refused by. */
    public static final String FAILED_RULES = "failedRules";

    private final RuleViolationDetails details;

    public RuleViolation(Refusal refusal, String code, String message, Map<String, ?> facts) {
        super(message);
        this.details = new RuleViolationDetails(code, refusal, Map.copyOf(facts));
    }

    public RuleViolationDetails details() {
        return details;
    }
}
