package id.jejak.command.idempotency;

import id.jejak.platform.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /**
     * @param abandonedAfter how long an unanswered claim holds its key: longer than a command may take (30 s), so
     *                       that only a claim whose node stopped mid-request is taken over
     */
    @Bean
    IdempotencyFilter idempotencyFilter(JdbcClient jdbc, ProblemWriter problems,
                                        @Value("${jejak.idempotency.abandoned-after:2m}") Duration abandonedAfter) {
        return new IdempotencyFilter(new IdempotencyKeys(jdbc, abandonedAfter), problems);
    }
}
