package id.jejak.query.console;

import id.jejak.kernel.InvalidValueException;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.web.NotFoundException;
import id.jejak.platform.web.ProblemFactory;
import id.jejak.platform.web.TemporarilyUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * What every console page shows around its content (who is signed in, the other language), and its refusals and
 * failures as pages in the reader's language, with the status the API would answer — ahead of the API's
 * problem+json advice, for the console's controllers only (anything else is still answered by that advice).
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private final ProblemFactory problems;

    ConsoleAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    /** A filter left empty in a form filters nothing (rather than matching an empty value). */
    @InitBinder
    void emptyIsNone(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("user")
    JejakUser user() {
        return JejakUser.current().orElse(null);
    }

    /** This page in Indonesian and in English: the same address, its language parameter replaced. */
    @ModelAttribute("languages")
    Map<String, String> languages(HttpServletRequest request) {
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return Map.of("id", withLanguage(here, "id"), "en", withLanguage(here, "en"));
    }

    private static String withLanguage(String address, String language) {
        return UriComponentsBuilder.fromUriString(address).replaceQueryParam(ConsoleLocale.PARAMETER, language)
                .build(true).toUriString();
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, problems.message(e.code(), e.getMessage(), e.facts()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ModelAndView invalid(InvalidValueException e) {
        return page(HttpStatus.BAD_REQUEST, problems.message(e.code(), e.getMessage(), e.facts()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, problems.message("console.error.parameter", "{name} is not valid here",
                Map.of("name", e.getName())));
    }

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ModelAndView unavailable(TemporarilyUnavailableException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        return page(HttpStatus.SERVICE_UNAVAILABLE, problems.message(e.code(), e.getMessage(), e.facts()));
    }

    /** An exception handler's page gets no model attributes of its own: the frame's are added here. */
    private ModelAndView page(HttpStatus status, String message) {
        var page = new ModelAndView("console/error", Map.of("status", status.value(), "message", message));
        page.addObject("user", user());
        page.addObject("languages", languages(((ServletRequestAttributes) RequestContextHolder
                .currentRequestAttributes()).getRequest()));
        page.setStatus(status);
        return page;
    }
}
