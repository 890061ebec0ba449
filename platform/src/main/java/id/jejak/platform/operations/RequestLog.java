package id.jejak.platform.operations;

import id.jejak.platform.security.LogSafe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * One line per request, when its answer is complete: method and path (NIPs masked, never the query, which may name
 * a person), status, duration, who asked and the correlation id — what an operator needs to follow a request
 * through, and no personal data. Health probes are left out: they would drown everything else.
 */
public class RequestLog extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    public int getOrder() {
        // inside the correlation id's filter, outside security: refusals are logged as well
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI() != null && request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted() && log.isInfoEnabled()) {
                log.info("{} {} {} ms by {} correlation {}", LogSafe.request(request), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000, LogSafe.requester(request),
                        response.getHeader("X-Correlation-Id"));
            }
        }
    }
}
