package id.jejak.command.rules;

import java.util.Map;

/**
 * What travels back to the caller when a rule refuses a command: plain data, so it survives the trip from a
 * command handler on another node (Axon Server) where an exception's class would not.
 */
public record RuleViolationDetails(String code, Refusal refusal, Map<String, Object> facts) {
}
