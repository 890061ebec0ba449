package id.jejak.query.web;

import id.jejak.platform.web.FieldProblem;
import id.jejak.platform.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Parameters refused as the platform refuses any input: problem+json, a code, a message in two languages. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblemAdvice {

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
}
