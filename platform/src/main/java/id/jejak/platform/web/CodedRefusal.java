package id.jejak.platform.web;

import java.util.Map;

/**
 * A request refused with a rule code and the facts the refusal rests on, answered as problem+json; the subclass says
 * with which status.
 */
public abstract class CodedRefusal extends RuntimeException {

    private final String code;
    private final Map<String, Object> facts;

    protected CodedRefusal(String code, String message, Map<String, Object> facts) {
        super(message);
        this.code = code;
        this.facts = Map.copyOf(facts);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
