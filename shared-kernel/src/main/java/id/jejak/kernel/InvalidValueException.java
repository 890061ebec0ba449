package id.jejak.kernel;

import java.util.Map;

/**
 * A value that cannot exist in the published language: a malformed NIP, an unknown rank, lesson hours below one.
 * It carries a stable rule code and the offending facts, so every edge can explain the refusal in the reader's
 * language without parsing the message.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String code;
    private final Map<String, Object> facts;

    public InvalidValueException(String code, String message, Map<String, Object> facts) {
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
