package id.jejak.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Tomcat's own refusals — a request it will not hand to the application at all: an encoded slash or backslash, a
 * null byte or broken UTF-8 in the path — answered as problem+json like every other refusal, in place of Tomcat's
 * HTML error page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final Supplier<ProblemFactory> problems;
    private final Supplier<ProblemWriter> writer;
    private final Supplier<ObjectMapper> json;

    /** Suppliers: the server is built before the beans that write problems exist. */
    ProblemErrorReportValve(Supplier<ProblemFactory> problems, Supplier<ProblemWriter> writer,
                            Supplier<ObjectMapper> json) {
        this.problems = problems;
        this.writer = writer;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        ProblemDetail problem;
        if (status >= 500) {
            ResponseEntity<ProblemDetail> answer = problems.get().failure(throwable instanceof Exception exception
                    ? exception : new IllegalStateException("the server answered " + status + " before the application"));
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setStatus(answer.getStatusCode().value());
            problem = answer.getBody();
        } else {
            HttpStatus known = HttpStatus.resolve(status);
            problem = writer.get().problem(request, known == null ? HttpStatus.BAD_REQUEST : known,
                    status == 404 ? "NOT_FOUND" : "REQUEST_INVALID", "the request is invalid", Map.of());
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Writer reporter = response.getReporter();
            if (reporter != null) {
                reporter.write(json.get().writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response closed: nothing left to tell it
        }
    }
}
