package id.jejak.platform.web;

import id.jejak.platform.outage.OutageLog;
import id.jejak.platform.outage.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the RFC 9457 problem every refusal answers with: a stable rule {@code code}, a message in the reader's
 * language (Indonesian unless {@code Accept-Language} asks for English), the facts that failed and the offending
 * fields. Messages are looked up by code; their {@code {name}} placeholders are filled from the facts.
 */
public class ProblemFactory {

    private static final Logger log = LoggerFactory.getLogger(ProblemFactory.class);

    private final MessageSource messages;
    private final OutageLog outageLog = new OutageLog();

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String code, String fallbackMessage,
                                 Map<String, ?> facts, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code, fallbackMessage, facts));
        problem.setType(URI.create("urn:jejak:problem:" + code));
        problem.setProperty("code", code);
        if (!facts.isEmpty()) {
            problem.setProperty("facts", facts);
        }
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /**
     * A failure that is not the client's. The store out of reach is an outage: 503 with {@code Retry-After}, logged
     * as one line without its exception's messages (they may quote the statement's values). Anything else is logged
     * in full under an id and answered 500 with that id only.
     */
    public ResponseEntity<ProblemDetail> failure(Exception e) {
        if (Outages.isOutage(e)) {
            outageLog.unavailable(e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Outages.RETRY_AFTER.toSeconds()))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE",
                            "the database cannot be reached right now; send the request again in {retryAfter} "
                                    + "seconds (a command sent again with the same Idempotency-Key is not recorded "
                                    + "twice)",
                            Map.of("retryAfter", Outages.RETRY_AFTER.toSeconds()), List.of()));
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be completed; quote error id {errorId} to the operators",
                Map.of("errorId", errorId), List.of());
        problem.setProperty("errorId", errorId);
        return ResponseEntity.internalServerError().body(problem);
    }

    public String message(String code, String fallbackMessage, Map<String, ?> facts) {
        String template = messages.getMessage(code, null, fallbackMessage, LocaleContextHolder.getLocale());
        if (template == null) {
            return code;
        }
        for (Map.Entry<String, ?> fact : facts.entrySet()) {
            template = template.replace("{" + fact.getKey() + "}", String.valueOf(fact.getValue()));
        }
        return template;
    }
}
