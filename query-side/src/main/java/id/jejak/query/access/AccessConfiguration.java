package id.jejak.query.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

    private final AccessLog accessLog;
    private final Clock clock;

    AccessConfiguration(AccessLog accessLog, Clock clock) {
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The reads of personal data: the people directory, a person's record, the decision trail, the findings about
     * people, the reports that list people by name or NIP (lesson hours, promotion eligibility, development plans and
     * needs; the others are counts and shares), and the export,
     * which holds every recorded fact about everyone it covers; and the console's pages that show the same.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PersonalDataAccess(accessLog, clock))
                .addPathPatterns("/api/v1/civil-servants", "/api/v1/civil-servants/{nip}", "/api/v1/civil-servants/{nip}/**",
                        "/api/v1/decision-trail", "/api/v1/findings", "/api/v1/findings/**",
                        "/api/v1/reports/lesson-hours", "/api/v1/reports/promotion-eligibility",
                        "/api/v1/reports/development-plan", "/api/v1/reports/development-plan/people/{nip}",
                        "/api/v1/reports/development-needs",
                        "/api/v1/audit/export",
                        "/console/people", "/console/people/{nip}", "/console/trail", "/console/trail.csv",
                        "/console/findings", "/console/ledger/export");
    }
}
