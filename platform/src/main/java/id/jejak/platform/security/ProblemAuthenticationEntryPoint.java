package id.jejak.platform.security;

import id.jejak.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.util.Map;

/**
 * 401 {@code AUTHENTICATION_REQUIRED} as problem+json, for a request without credentials or with wrong ones; each is
 * logged with who it claimed to be and the path (NIPs masked), never the password, token or Authorization header.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ProblemWriter problems;
    private final JejakSecurityProperties.Mode mode;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems, JejakSecurityProperties.Mode mode) {
        this.problems = problems;
        this.mode = mode;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        log.warn("Authentication refused: {} by {} ({})", LogSafe.request(request), LogSafe.requester(request),
                reason(failure));
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, mode == JejakSecurityProperties.Mode.DEMO
                ? "Basic realm=\"Jejak\""
                : failure instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED",
                "sign in to use Jejak: the request carries no valid credentials", Map.of());
    }

    /** Spring Security's own words for a token it refused name the defect, not the token's content. */
    private static String reason(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() != null) {
            String description = oauth.getError().getDescription();
            return oauth.getError().getErrorCode() + (description == null ? ""
                    : ": " + description.replaceAll("[^\\x20-\\x7e]", "?"));
        }
        return failure.getClass().getSimpleName();
    }
}
