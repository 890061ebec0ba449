package id.jejak.query.projection;

import id.jejak.query.QuerySideTest;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On one connection whose sessions wait for the disk, as a kept database's do (the tests' throwaway server does not
 * wait, so the setting is made for the session here).
 */
@QuerySideTest
class ProjectionTransactionsTest {

    @Autowired
    DataSource dataSource;

    Connection connection;
    JdbcClient jdbc;
    DataSourceTransactionManager transactions;

    @BeforeEach
    void aSessionThatWaitsForTheDisk() throws SQLException {
        connection = dataSource.getConnection();
        SingleConnectionDataSource session = new SingleConnectionDataSource(connection, true);
        jdbc = JdbcClient.create(session);
        transactions = new DataSourceTransactionManager(session);
        jdbc.sql("set synchronous_commit = on").update();
    }

    @AfterEach
    void giveTheConnectionBack() throws SQLException {
        jdbc.sql("reset synchronous_commit").update();
        connection.close();
    }

    @Test
    void aProcessorsTransactionCommitsWithoutWaitingForTheDisk() {
        TransactionManager processors = new ProjectionTransactions().axonTransactionManager(transactions, jdbc);

        Transaction transaction = processors.startTransaction();
        String during = synchronousCommit();
        transaction.commit();

        assertThat(during).isEqualTo("off");
        assertThat(synchronousCommit()).isEqualTo("on");
        String another = new TransactionTemplate(transactions).execute(status -> synchronousCommit());
        assertThat(another).isEqualTo("on");
    }

    /** The processors' transactions are this side's: the setting is made for them, not left as the server has it. */
    @Test
    void theProcessorsTransactionsAreTheOnesThatDoNotWait(@Autowired TransactionManager processors,
                                                          @Autowired JdbcClient pooled) {
        Transaction transaction = processors.startTransaction();
        String source = pooled.sql("select source from pg_settings where name = 'synchronous_commit'")
                .query(String.class).single();
        transaction.commit();

        assertThat(source).isEqualTo("session");
    }

    private String synchronousCommit() {
        return jdbc.sql("show synchronous_commit").query(String.class).single();
    }
}
