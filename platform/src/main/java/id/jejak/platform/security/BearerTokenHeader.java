package id.jejak.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer token of the Authorization header, as Spring Security's {@link DefaultBearerTokenResolver} finds it,
 * with a well-formed header checked by a loop: Spring matches every header against
 * {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}, which over a token of some 600 characters was a tenth of the CPU
 * of a history read. Anything else — no token, another scheme, a malformed one — is Spring's to answer.
 */
final class BearerTokenHeader implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && wellFormed(authorization)) {
            return authorization.substring(SCHEME.length());
        }
        return spring.resolve(request);
    }

    /** The scheme in any case, one space, then token characters (at least one) and any padding after them. */
    static boolean wellFormed(String authorization) {
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        int end = authorization.length();
        while (end > SCHEME.length() && authorization.charAt(end - 1) == '=') {
            end--;
        }
        if (end == SCHEME.length()) {
            return false;
        }
        for (int i = SCHEME.length(); i < end; i++) {
            if (!tokenCharacter(authorization.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tokenCharacter(char character) {
        return character >= 'a' && character <= 'z' || character >= 'A' && character <= 'Z'
                || character >= '0' && character <= '9' || "-._~+/".indexOf(character) >= 0;
    }
}
