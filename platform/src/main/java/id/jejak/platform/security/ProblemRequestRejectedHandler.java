package id.jejak.platform.security;

import id.jejak.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.util.Map;

/**
 * 400 {@code REQUEST_REJECTED} as problem+json for a request Spring Security's firewall refuses before anything
 * reads it: a path that is not normalised ({@code ../}), an encoded slash, a null byte, a semicolon.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final ProblemWriter problems;

    public ProblemRequestRejectedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // the firewall's message quotes the offending part of the request, so only the masked path is logged
        log.warn("Request rejected by the firewall: {}", LogSafe.request(request));
        problems.write(request, response, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                "the request's address or headers are not acceptable", Map.of());
    }
}
