package id.jejak.platform.web;

import java.util.Map;

/** The request cannot be carried out while the system is in the state it is; answered 409 with its rule code. */
public class ConflictException extends RuntimeException {

    private final String code;
    private final Map<String, Object> facts;

    public ConflictException(String code, String message, Map<String, Object> facts) {
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
