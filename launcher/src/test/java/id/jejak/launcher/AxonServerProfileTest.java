package id.jejak.launcher;

import id.jejak.command.CommandSideApplication;
import id.jejak.query.QuerySideApplication;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axonserver} profile, which docker/ runs and these machines cannot (there is no Axon Server here): each
 * side is wired to Axon Server for events and commands while its tokens stay in PostgreSQL, and the JDBC event store
 * stands down. What a side's context holds is looked at once every bean exists and before anything starts, so no
 * server has to answer; the start that then needs one may fail.
 */
class AxonServerProfileTest {

    /** What the probe saw inside the context last started. */
    static final Map<String, Object> WIRING = new LinkedHashMap<>();

    public static class Probe implements SmartInitializingSingleton, ApplicationContextAware {

        private ApplicationContext context;

        @Override
        public void setApplicationContext(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public void afterSingletonsInstantiated() {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            WIRING.put("eventStore", context.getBean(EventStore.class).getClass());
            WIRING.put("storageEngines", context.getBeansOfType(EventStorageEngine.class).size());
            WIRING.put("commandBus", context.getBean(CommandBus.class).getClass());
            WIRING.put("tokenStore", context.getBean(TokenStore.class).getClass());
            WIRING.put("tokenTable", jdbc.sql("select coalesce(to_regclass('token_entry')::text, 'none')")
                    .query(String.class).single());
            WIRING.put("eventTable", jdbc.sql(
                            "select coalesce(to_regclass('eventstore.domain_event_entry')::text, 'none')")
                    .query(String.class).single());
        }
    }

    @Test
    void theCommandSideSendsCommandsAndAppendsEventsThroughAxonServer() {
        Map<String, Object> wiring = wiringOf(CommandSideApplication.application());

        assertThat(wiring).containsEntry("eventStore", AxonServerEventStore.class)
                .containsEntry("commandBus", AxonServerCommandBus.class)
                .containsEntry("storageEngines", 0)
                .containsEntry("eventTable", "none");
    }

    @Test
    void theQuerySideReadsEventsFromAxonServerAndKeepsItsTokensInPostgres() {
        Map<String, Object> wiring = wiringOf(QuerySideApplication.application());

        assertThat(wiring).containsEntry("eventStore", AxonServerEventStore.class)
                .containsEntry("storageEngines", 0)
                .containsEntry("tokenStore", JdbcTokenStore.class)
                .containsEntry("tokenTable", "token_entry")
                // the ledger's copy of the stream, not an event store: the event store is Axon Server's
                .containsEntry("eventTable", "eventstore.domain_event_entry");
    }

    private static Map<String, Object> wiringOf(SpringApplicationBuilder side) {
        WIRING.clear();
        try {
            side.profiles("axonserver")
                    .initializers(context -> ((BeanDefinitionRegistry) context).registerBeanDefinition("probe",
                            new RootBeanDefinition(Probe.class)))
                    .properties("jejak.embedded-postgres.ephemeral=true", "server.port=0", "jejak.security.mode=jwt",
                            "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/realms/jejak",
                            "AXONSERVER_SERVERS=localhost:1")
                    .run().close();
        } catch (RuntimeException noAxonServerHere) {
            // the probe has seen the wiring before the start that needs the server
        }
        return Map.copyOf(WIRING);
    }
}
