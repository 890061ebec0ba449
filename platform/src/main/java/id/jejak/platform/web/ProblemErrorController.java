package id.jejak.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * What the server's error page answers — for a failure outside any controller (a filter's exception, a status the
 * container or the firewall set): problem+json with a code like every other refusal, in place of Spring Boot's
 * own error JSON, and never a stack trace.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
public class ProblemErrorController implements ErrorController {

    private final ProblemFactory problems;
    private final ProblemWriter writer;

    public ProblemErrorController(ProblemFactory problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : HttpStatus.INTERNAL_SERVER_ERROR.value();
        ProblemDetail problem;
        if (status >= 500) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            ResponseEntity<ProblemDetail> answer = problems.failure(failure instanceof Exception exception ? exception
                    : new IllegalStateException("the server answered " + status + " outside any controller"));
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            problem = answer.getBody();
        } else {
            HttpStatus known = HttpStatus.resolve(status);
            problem = writer.problem(request, known == null ? HttpStatus.BAD_REQUEST : known, codeOf(status),
                    known == null ? "the request is invalid" : known.getReasonPhrase(), Map.of());
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String original) {
            try {
                problem.setInstance(URI.create(original));
            } catch (IllegalArgumentException notAUri) {
                problem.setInstance(null);
            }
        }
        writer.write(request, response, problem);
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 401 -> "AUTHENTICATION_REQUIRED";
            case 403 -> "ACCESS_DENIED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "BODY_TOO_LARGE";
            case 415 -> "MEDIA_TYPE_NOT_SUPPORTED";
            default -> "REQUEST_INVALID";
        };
    }
}
