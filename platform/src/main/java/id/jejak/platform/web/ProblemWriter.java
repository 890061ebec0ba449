package id.jejak.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Answers a problem from outside Spring MVC — a servlet filter, the security chain — exactly as the advice answers
 * one from a controller: the same fields, the same {@code instance}, the reader's language as MVC would resolve it.
 */
public class ProblemWriter {

    private final ProblemFactory problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    public ProblemWriter(ProblemFactory problems, ObjectMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
                      String fallbackMessage, Map<String, ?> facts) throws IOException {
        write(request, response, problem(request, status, code, fallbackMessage, facts));
    }

    /** The problem in the request's language; filters run before MVC has set the language for the thread. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String code,
                                 String fallbackMessage, Map<String, ?> facts) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            return problems.problem(status, code, fallbackMessage, facts, List.of());
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException notAUri) {
                // a path the firewall refused may be no URI at all; the problem is still answered
            }
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition; no charset parameter, exactly as MVC answers a problem
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
        response.flushBuffer();
    }
}
