package id.jejak.query.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.Locale;

/**
 * The console's language: Indonesian unless the reader chose English with {@code ?lang=en}, a choice kept in a
 * cookie. A browser's Accept-Language is not followed there: an Indonesian auditor on an English browser reads the
 * console in Indonesian, the language of the decrees it shows. The API keeps Spring Boot's resolution
 * (Accept-Language, Indonesian by default, {@code spring.web.locale}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocale implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    static final String COOKIE = "jejak-lang";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Replaces Spring Boot's resolver (it steps back for a bean of this name), keeping its behaviour for the API. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(WebProperties web) {
        var api = new AcceptHeaderLocaleResolver();
        api.setDefaultLocale(web.getLocale());
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return isConsole(request) ? chosen(request) : api.resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen with ?lang=");
            }
        };
    }

    /** Keeps a reader's choice for the pages that follow. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String asked = request.getParameter(PARAMETER);
                if (asked != null && supported(asked)) {
                    Cookie cookie = new Cookie(COOKIE, asked);
                    cookie.setPath("/");
                    cookie.setHttpOnly(true);
                    cookie.setAttribute("SameSite", "Lax");
                    response.addCookie(cookie);
                }
                return true;
            }
        }).addPathPatterns("/console", "/console/**", "/login");
    }

    private static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/console") || path.startsWith("/console/") || path.equals("/login");
    }

    private static Locale chosen(HttpServletRequest request) {
        String asked = request.getParameter(PARAMETER);
        if (asked != null && supported(asked)) {
            return Locale.forLanguageTag(asked);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return INDONESIAN;
    }

    private static boolean supported(String language) {
        return "id".equals(language) || "en".equals(language);
    }
}
