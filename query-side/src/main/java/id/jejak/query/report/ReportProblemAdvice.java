package id.jejak.query.report;

import id.jejak.platform.web.FieldProblem;
import id.jejak.platform.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Report parameters refused as the platform refuses any input: problem+json, a code, a message in two languages. */
@RestControllerAdvice(assignableTypes = ReportsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportProblemAdvice {

    private final ProblemFactory problems;

    ReportProblemAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidReportParameter.class)
    ProblemDetail invalidParameter(InvalidReportParameter e) {
        String message = problems.message(e.code(), e.getMessage(), e.facts());
        return problems.problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), e.facts(),
                List.of(new FieldProblem(e.parameter(), e.code(), message)));
    }
}
