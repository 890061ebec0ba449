package id.jejak.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

@AutoConfiguration
@ConditionalOnWebApplication
public class WebAutoConfiguration {

    @Bean
    public ProblemFactory problemFactory(MessageSource messageSource) {
        return new ProblemFactory(messageSource);
    }

    @Bean
    public ProblemAdvice problemAdvice(ProblemFactory problemFactory) {
        return new ProblemAdvice(problemFactory);
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    /** "Today" for a BKPSDM is a date in its own time zone, whatever the server's is. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock(org.springframework.core.env.Environment environment) {
        return Clock.system(ZoneId.of(environment.getProperty("jejak.time-zone", "Asia/Jakarta")));
    }
}
