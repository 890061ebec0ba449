package id.jejak.query.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The processors' transactions commit without waiting for PostgreSQL to write them to disk ({@code synchronous_commit}
 * off, for these transactions only). What they write follows from events the command side committed durably, and a
 * processor's token is written in the same transaction as its rows, so a crash that loses the last of these commits
 * loses rows and token together, and the processor reads those events again. Everything else still waits for the
 * disk: the command side's appends, and on this side the access log and the ledger's seals, written in transactions
 * of their own.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionTransactions {

    /** Axon's, for the processors, in place of the one Axon's auto-configuration would make. */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions, JdbcClient jdbc) {
        TransactionManager spring = new SpringTransactionManager(transactions);
        return () -> {
            Transaction transaction = spring.startTransaction();
            jdbc.sql("set local synchronous_commit = off").update();
            return transaction;
        };
    }
}
