package id.jejak.platform.web;

import java.util.Map;

/** Something the request names does not exist; answered 404 with its rule code and the names it looked for. */
public class NotFoundException extends RuntimeException {

    private final String code;
    private final Map<String, Object> facts;

    public NotFoundException(String code, String message, Map<String, Object> facts) {
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
