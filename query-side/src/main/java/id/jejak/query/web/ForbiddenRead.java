package id.jejak.query.web;

import id.jejak.platform.web.CodedRefusal;

import java.util.Map;

/**
 * A read the reader's role may make, but not about what it names (an HR officer bound to units asking about another
 * unit): answered 403 with the rule code, as the command side refuses the same officer's decisions there.
 */
public class ForbiddenRead extends CodedRefusal {

    public ForbiddenRead(String code, String message, Map<String, Object> facts) {
        super(code, message, facts);
    }
}
