package id.jejak.query.web;

import java.util.Map;

/**
 * A read the reader's role may make, but not about what it names (an HR officer bound to units asking about another
 * unit): answered 403 with the rule code, as the command side refuses the same officer's decisions there.
 */
public class ForbiddenRead extends RuntimeException {

    private final String code;
    private final Map<String, Object> facts;

    public ForbiddenRead(String code, String message, Map<String, Object> facts) {
        super(message);
        this.code = code;
        this.facts = Map.copyOf(facts);
    }

    String code() {
        return code;
    }

    Map<String, Object> facts() {
        return facts;
    }
}
