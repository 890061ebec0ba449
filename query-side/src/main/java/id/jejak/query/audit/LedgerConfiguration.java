package id.jejak.query.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * The tamper-evident ledger on the query side: reading it, sealing it, verifying it. Under the JDBC event store it is
 * the store's own table; under Axon Server a copy of the stream in the same table ({@link LedgerCopy}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfiguration {

    @Bean
    LedgerKey ledgerKey(LedgerProperties properties, Environment environment) {
        return LedgerKey.resolve(properties, environment);
    }

    @Bean
    LedgerStore ledgerStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new LedgerStore(jdbc, transactions);
    }

    @Bean
    CheckpointSealer checkpointSealer(JdbcTemplate jdbc, LedgerKey key, LedgerProperties properties, Clock clock) {
        return new CheckpointSealer(jdbc, key, properties.checkpoint(), clock);
    }

    @Bean
    LedgerVerification ledgerVerification(LedgerStore store, LedgerKey key,
                                          ObjectProvider<AxonServerComparison> axonServer) {
        return new LedgerVerification(store, key, axonServer.getIfAvailable());
    }
}
