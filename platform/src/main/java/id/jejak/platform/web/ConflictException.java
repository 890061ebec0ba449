package id.jejak.platform.web;

import java.util.Map;

/** The request cannot be carried out while the system is in the state it is; answered 409 with its rule code. */
public class ConflictException extends CodedRefusal {

    public ConflictException(String code, String message, Map<String, Object> facts) {
        super(code, message, facts);
    }
}
