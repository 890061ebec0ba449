package id.jejak.query.web;

import id.jejak.platform.web.StrictTextModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Set;

/**
 * Parameters PostgreSQL could not take are the client's mistake, refused (400) before a query is sent: there they
 * would fail as data exceptions, answered as the server's fault (500). A text must be clean as a body's texts must
 * ({@link StrictTextModule#clean}: PostgreSQL's text holds no NUL), and a date must fall in the years 1900 to 9999,
 * which is every date a career holds and every date PostgreSQL can compare with one.
 */
@Configuration(proxyBeanMethods = false)
class ParameterLimits implements WebMvcConfigurer {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    /** Ahead of the access log: a refused read reads nothing, so there is nothing to account for. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CleanParameters()).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /** Registered after Spring's own, so it is asked first for every {@code @DateTimeFormat} parameter. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new DatesWithinYears());
    }

    /** Every parameter of the request, including those no endpoint reads: nothing downstream has to care. */
    private static final class CleanParameters implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    if (!StrictTextModule.clean(value)) {
                        throw new InvalidParameter("PARAMETER_INVALID", "the {parameter} parameter is invalid", name,
                                Map.of("parameter", name));
                    }
                }
            });
            return true;
        }
    }

    /** ISO dates and instants as Spring reads them, then refused outside the years. */
    private static final class DatesWithinYears implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory iso =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return iso.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return iso.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = iso.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object value = parser.parse(text, locale);
                int year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                        : value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)
                        ? temporal.get(ChronoField.YEAR) : FIRST_YEAR;
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new IllegalArgumentException("a date outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
                }
                return value;
            };
        }
    }
}
