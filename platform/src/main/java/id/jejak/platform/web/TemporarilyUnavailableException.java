package id.jejak.platform.web;

import java.time.Duration;
import java.util.Map;

/**
 * The answer would be wrong right now (the store is out of reach, the read models have not reached the position
 * asked), so there is none: 503 with Retry-After, never stale data passed off as current.
 */
public class TemporarilyUnavailableException extends RuntimeException {

    private final String code;
    private final Map<String, Object> facts;
    private final Duration retryAfter;

    public TemporarilyUnavailableException(String code, String message, Map<String, Object> facts,
                                           Duration retryAfter) {
        super(message);
        this.code = code;
        this.facts = Map.copyOf(facts);
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> facts() {
        return facts;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
