package id.jejak.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.jejak.kernel.InvalidValueException;
import id.jejak.platform.security.JejakUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every client mistake into a 4xx problem with a rule code, and anything else into a 500 that names an error
 * id to look up in the log — never a stack trace. Each side's own advice, ordered before this one, handles the
 * refusals of its domain.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemFactory problems;

    public ProblemAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        List<FieldProblem> fields = e.facts().keySet().stream()
                .map(field -> new FieldProblem(field, e.code(), problems.message(e.code(), e.getMessage(), e.facts())))
                .toList();
        return problems.problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), e.facts(), fields);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage(), e.facts(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problems.problem(HttpStatus.CONFLICT, e.code(), e.getMessage(), e.facts(), List.of());
    }

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ResponseEntity<ProblemDetail> temporarilyUnavailable(TemporarilyUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.code(), e.getMessage(), e.facts(), List.of()));
    }

    /** Refusals of the security chain are answered there; these are the rare ones raised inside a controller. */
    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        log.warn("Authentication refused inside a controller: {}", e.getClass().getSimpleName());
        return problems.problem(HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED",
                "sign in to use Jejak: the request carries no valid credentials", Map.of(), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        log.warn("Access refused inside a controller: {}", e.getClass().getSimpleName());
        String role = JejakUser.current().map(user -> user.role().name()).orElse("?");
        return problems.problem(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "your role ({role}) may not do this",
                Map.of("role", role), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return problems.failure(e);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(unreadableBody(e));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldProblem)
                .toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                "the request has invalid fields: {fields}", Map.of("fields", names), fields));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String code = genericCode(e, status);
        Map<String, Object> facts = genericFacts(e);
        String fallback = body instanceof ProblemDetail detail && detail.getDetail() != null
                ? detail.getDetail() : String.valueOf(HttpStatus.valueOf(status.value()).getReasonPhrase());
        return ResponseEntity.status(status).headers(headers)
                .body(problems.problem(status, code, fallback, facts, List.of()));
    }

    private ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getCause() instanceof InvalidValueException invalid && cause instanceof JsonMappingException json) {
                String field = path(json);
                return problems.problem(HttpStatus.BAD_REQUEST, invalid.code(), invalid.getMessage(),
                        invalid.facts(), List.of(new FieldProblem(field, invalid.code(),
                                problems.message(invalid.code(), invalid.getMessage(), invalid.facts()))));
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(unknown, "FIELD_UNKNOWN", "{field} is not a field of this request", Map.of());
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return fieldProblem(format, "VALUE_NOT_ALLOWED", "{field} must be one of {allowed}",
                    Map.of("allowed", Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(String::valueOf).collect(Collectors.joining(", "))));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return fieldProblem(mismatch, "VALUE_INVALID", "{field} has a value of the wrong type or format",
                    Map.of());
        }
        if (cause instanceof JsonProcessingException) {
            return problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the request body is not valid JSON",
                    Map.of(), List.of());
        }
        return problems.problem(HttpStatus.BAD_REQUEST, "BODY_REQUIRED", "the request needs a JSON body",
                Map.of(), List.of());
    }

    private static String genericCode(Exception e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "METHOD_NOT_ALLOWED";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "MEDIA_TYPE_NOT_SUPPORTED";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "NOT_ACCEPTABLE";
        }
        if (e instanceof MissingRequestHeaderException) {
            return "HEADER_REQUIRED";
        }
        if (e instanceof MissingServletRequestParameterException) {
            return "PARAMETER_REQUIRED";
        }
        if (e instanceof MethodArgumentTypeMismatchException || e instanceof HandlerMethodValidationException) {
            return "PARAMETER_INVALID";
        }
        if (e instanceof NoResourceFoundException) {
            return "NOT_FOUND";
        }
        return status.is4xxClientError() ? "REQUEST_INVALID" : "INTERNAL_ERROR";
    }

    private static Map<String, Object> genericFacts(Exception e) {
        if (e instanceof MissingRequestHeaderException missing) {
            return Map.of("header", missing.getHeaderName());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return Map.of("parameter", missing.getParameterName());
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return Map.of("parameter", mismatch.getName());
        }
        if (e instanceof HandlerMethodValidationException invalid) {
            return Map.of("parameter", invalid.getParameterValidationResults().stream()
                    .map(result -> result.getMethodParameter().getParameterName())
                    .collect(Collectors.joining(", ")));
        }
        return Map.of();
    }

    private ProblemDetail fieldProblem(JsonMappingException e, String code, String fallback,
                                       Map<String, Object> moreFacts) {
        var facts = new LinkedHashMap<String, Object>(moreFacts);
        facts.put("field", path(e));
        String message = problems.message(code, fallback, facts);
        return problems.problem(HttpStatus.BAD_REQUEST, code, fallback, facts,
                List.of(new FieldProblem(path(e), code, message)));
    }

    private FieldProblem fieldProblem(FieldError error) {
        String code = error.getCode() == null ? "INVALID" : error.getCode();
        String message = getMessageSource() == null ? error.getDefaultMessage()
                : getMessageSource().getMessage(error, LocaleContextHolder.getLocale());
        return new FieldProblem(error.getField(), code, message);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
