package id.jejak.command.idempotency;

import id.jejak.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    /**
     * @param abandonedAfter how long an unanswered claim holds its key: longer than a command may take (30 s), so
     *                       that only a claim whose node stopped mid-request is taken over
     */
    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc,
                                    @Value("${jejak.idempotency.abandoned-after:2m}") Duration abandonedAfter) {
        return new IdempotencyKeys(jdbc, abandonedAfter);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyKeys keys, ProblemWriter problems) {
        return new IdempotencyFilter(keys, problems);
    }

    /**
     * Keys are kept for {@code jejak.idempotency.kept-for} (7 days: a client retrying after a weekend's outage still
     * gets its first answer), and forgotten by every node on the hour; deleting what another node already deleted
     * is harmless.
     */
    @Bean
    Retention idempotencyRetention(IdempotencyKeys keys, Clock clock,
                                   @Value("${jejak.idempotency.kept-for:7d}") Duration keptFor) {
        return new Retention(keys, clock, keptFor);
    }

    record Retention(IdempotencyKeys keys, Clock clock, Duration keptFor) {

        @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
        void forgetExpiredKeys() {
            int forgotten = keys.forgetClaimedBefore(OffsetDateTime.now(clock).minus(keptFor));
            if (forgotten > 0) {
                log.info("Forgot {} idempotency key(s) claimed more than {} ago", forgotten, keptFor);
            }
        }
    }
}
