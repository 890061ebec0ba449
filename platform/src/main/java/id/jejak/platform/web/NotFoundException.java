package id.jejak.platform.web;

import java.util.Map;

/** Something the request names does not exist; answered 404 with its rule code and the names it looked for. */
public class NotFoundException extends CodedRefusal {

    public NotFoundException(String code, String message, Map<String, Object> facts) {
        super(code, message, facts);
    }
}
