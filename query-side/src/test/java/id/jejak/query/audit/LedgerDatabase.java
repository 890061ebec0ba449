package id.jejak.query.audit;

import com.zaxxer.hikari.HikariDataSource;
import id.jejak.platform.eventstore.EventStoreSchemaMigration;
import id.jejak.verifier.SigningKey;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A database of its own on the tests' embedded PostgreSQL, migrated like the real one, with Axon event stores
 * appending to it (one per simulated command-side node), the query side's sealer and verification on it, and a back
 * door for tampering. Attacks on the ledger happen here, never in the store the other tests share.
 */
final class LedgerDatabase implements AutoCloseable {

    final String name = "ledger_" + UUID.randomUUID().toString().replace("-", "");
    final HikariDataSource dataSource;
    final JdbcClient jdbc;
    final SigningKey key = SigningKey.generate();
    final LedgerStore store;
    final LedgerVerification verification;
    private final ApplicationContext context;
    private final List<EmbeddedEventStore> eventStores = new ArrayList<>();

    LedgerDatabase(ApplicationContext context) {
        this.context = context;
        JdbcClient.create(context.getBean(DataSource.class)).sql("create database " + name).update();
        String url = context.getEnvironment().getRequiredProperty("jejak.embedded-postgres.url")
                .replaceFirst("/postgres\\?", "/" + name + "?");
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setMaximumPoolSize(16);
        new EventStoreSchemaMigration(dataSource).afterPropertiesSet();
        jdbc = JdbcClient.create(dataSource);
        store = new LedgerStore(jdbc, new DataSourceTransactionManager(dataSource));
        verification = new LedgerVerification(store, new LedgerKey(key, List.of()), null);
    }

    /** An event store on this database, as a command-side node has one. */
    EventStore node() {
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        Serializer serializer = context.getBean(Serializer.class);
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                .storageEngine(JdbcEventStorageEngine.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                        .transactionManager(transactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .persistenceExceptionResolver(context.getBean(PersistenceExceptionResolver.class))
                        .schema(context.getBean(EventSchema.class))
                        .build())
                .build();
        eventStores.add(eventStore);
        return eventStore;
    }

    CheckpointSealer sealer() {
        return sealer(1_000, Duration.ofMinutes(5));
    }

    CheckpointSealer sealer(int everyEvents, Duration interval) {
        return new CheckpointSealer(new JdbcTemplate(dataSource), new LedgerKey(key, List.of()),
                new LedgerProperties.Checkpoint(true, everyEvents, interval, Duration.ofSeconds(10)),
                Clock.systemUTC());
    }

    /**
     * Runs statements as someone with the database's keys would: triggers off (which the superuser may do), so the
     * append-only guard does not stop them — and neither does the trigger chain what they insert.
     */
    void tamper(Consumer<JdbcClient> attack) {
        asAttacker("replica", attack);
    }

    /** The same, with triggers on: whatever is inserted is chained by the trigger as if appended. */
    void tamperWithTriggers(Consumer<JdbcClient> attack) {
        asAttacker("origin", attack);
    }

    private void asAttacker(String role, Consumer<JdbcClient> attack) {
        new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) connection -> {
            var client = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            client.sql("set session_replication_role = " + role).update();
            try {
                attack.accept(client);
            } finally {
                client.sql("set session_replication_role = origin").update();
            }
            return null;
        });
    }

    long globalIndexOf(String stream, long sequence) {
        return jdbc.sql("select global_index from eventstore.domain_event_entry "
                        + "where aggregate_identifier = ? and sequence_number = ?")
                .params(stream, sequence).query(Long.class).single();
    }

    @Override
    public void close() {
        eventStores.forEach(EmbeddedEventStore::shutDown);
        dataSource.close();
        JdbcClient.create(context.getBean(DataSource.class))
                .sql("drop database if exists " + name + " with (force)").update();
    }
}
