package id.jejak.platform.security;

import id.jejak.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.Map;

/** 403 {@code ACCESS_DENIED} as problem+json for a signed-in user whose role may not do this; each refusal is logged. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAccessDeniedHandler.class);

    private final ProblemWriter problems;

    public ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String role = JejakUser.current().map(user -> user.role().name()).orElse("?");
        log.warn("Access refused: {} by {} as {}", LogSafe.request(request), LogSafe.requester(request), role);
        problems.write(request, response, HttpStatus.FORBIDDEN, "ACCESS_DENIED",
                "your role ({role}) may not do this", Map.of("role", role));
    }
}
