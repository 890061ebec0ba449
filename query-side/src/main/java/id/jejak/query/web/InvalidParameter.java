package id.jejak.query.web;

import java.util.Map;

/**
 * A read asked for with a parameter it cannot be answered for: answered 400 with the rule code, naming only the
 * offending parameter as the field while the facts also say what would have been accepted.
 */
public class InvalidParameter extends RuntimeException {

    private final String code;
    private final String parameter;
    private final Map<String, Object> facts;

    public InvalidParameter(String code, String message, String parameter, Map<String, Object> facts) {
        super(message);
        this.code = code;
        this.parameter = parameter;
        this.facts = Map.copyOf(facts);
    }

    String code() {
        return code;
    }

    String parameter() {
        return parameter;
    }

    Map<String, Object> facts() {
        return facts;
    }
}
