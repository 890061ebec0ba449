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
     * @param abandonedAfter how long an unanswered claim holds its key (10 s): a command takes milliseconds, and a
     *                       database wait is bounded at seconds (README, outages), so a claim this old was almost
     *                       surely left by a node that stopped; should it not have been, only one of the two
     *                       executions commits ({@link IdempotentCommit})
     */
    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc, @Value("${jejak.idempotency.abandoned-after:10s}") Duration abandonedAfter) {
        return new IdempotencyKeys(jdbc, abandonedAfter);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyKeys keys, ProblemWriter problems,
                                        @Value("${jejak.idempotency.abandoned-after:10s}") Duration abandonedAfter) {
        return new IdempotencyFilter(keys, problems, abandonedAfter);
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
