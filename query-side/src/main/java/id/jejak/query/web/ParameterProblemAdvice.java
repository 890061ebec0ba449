package id.jejak.query.web;

import id.jejak.platform.web.FieldProblem;
import id.jejak.platform.web.ProblemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * Parameters and reads refused as the platform refuses any input: problem+json, a code, a message in two languages.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ParameterProblemAdvice.class);

    private final ProblemFactory problems;

    ParameterProblemAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter e) {
        String message = problems.message(e.code(), e.getMessage(), e.facts());
        return problems.problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), e.facts(),
                List.of(new FieldProblem(e.parameter(), e.code(), message)));
    }

    @ExceptionHandler(ForbiddenRead.class)
    ProblemDetail forbiddenRead(ForbiddenRead e) {
        log.warn("Read refused by rule {}", e.code());
        return problems.problem(HttpStatus.FORBIDDEN, e.code(), e.getMessage(), e.facts(), List.of());
    }
}
