package id.jejak.command.rules;

import id.jejak.career.CareerRule;
import id.jejak.career.RuleFailure;
import id.jejak.platform.security.LogSafe;
import id.jejak.platform.web.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Answers the command side's refusals with problem+json; everything else falls through to the platform's advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

    private final ProblemFactory problems;

    CommandProblemAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation, HttpServletRequest request) {
        return refusal(violation.details(), violation.getMessage(), request);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e, HttpServletRequest request) {
        Object details = e.getDetails().orElse(null);
        if (details instanceof RuleViolationDetails violation) {
            ProblemDetail refusal = refusal(violation, e.getMessage(), request);
            return ResponseEntity.status(refusal.getStatus()).body(refusal);
        }
        return problems.failure(e);
    }

    /**
     * Axon's not-found names no aggregate type. Controllers of other records name theirs in a {@link RuleViolation};
     * what reaches this handler is a civil servant's record.
     */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "CIVIL_SERVANT_NOT_FOUND",
                "no civil servant with NIP {nip} is registered", Map.of("nip", e.getAggregateIdentifier()), List.of());
    }

    /**
     * Also a record that two nodes started at once (a work unit's first fact): the later append finds the stream
     * begun, and sent again the command meets the record as it now is.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(AxonException e, HttpServletRequest request) {
        // Axon's message names the record, a NIP: personal data stays out of the log
        log.info("Refused a command that raced another on the same record: {}", LogSafe.request(request));
        request.setAttribute(Retryable.ATTRIBUTE, true);
        return problems.problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "the record was changed by another decision at the same moment; send the command again",
                Map.of(), List.of());
    }

    private ProblemDetail refusal(RuleViolationDetails violation, String message, HttpServletRequest request) {
        HttpStatus status = switch (violation.refusal()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        if (violation.refusal() == Refusal.FORBIDDEN) {
            log.warn("Access refused by rule {}: {} by {}", violation.code(), LogSafe.request(request),
                    LogSafe.requester(request));
        }
        Optional<CareerRule> careerRule = CareerRule.byCode(violation.code());
        if (careerRule.isEmpty()) {
            return problems.problem(status, violation.code(), message, violation.facts(), List.of());
        }
        // a career rule speaks for itself, a sentence for each rule the decision failed
        Locale locale = LocaleContextHolder.getLocale();
        List<CareerRule> failed = violation.facts().get(RuleViolation.FAILED_RULES) instanceof List<?> codes
                ? codes.stream().map(code -> CareerRule.byCode(String.valueOf(code))).flatMap(Optional::stream).toList()
                : List.of(careerRule.get());
        ProblemDetail problem = problems.problem(status, violation.code(),
                RuleFailure.explain(failed, violation.facts(), locale), violation.facts(), List.of());
        problem.setTitle(careerRule.get().topic().title(locale));
        return problem;
    }
}
