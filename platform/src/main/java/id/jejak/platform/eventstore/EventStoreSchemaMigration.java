package id.jejak.platform.eventstore;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;

/**
 * Brings the {@code eventstore} schema up to date. Both sides run it, in whichever order they start; Flyway's lock
 * makes the second one wait and then find nothing to do. It keeps its own history table so that each side's own
 * schema can be migrated by Spring Boot's Flyway independently.
 */
public class EventStoreSchemaMigration implements InitializingBean {

    private final DataSource dataSource;

    public EventStoreSchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(EventStoreAutoConfiguration.SCHEMA)
                .defaultSchema(EventStoreAutoConfiguration.SCHEMA)
                .locations("classpath:db/eventstore")
                .load()
                .migrate();
    }
}
