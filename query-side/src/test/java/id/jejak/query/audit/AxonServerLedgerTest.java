package id.jejak.query.audit;

import id.jejak.query.QuerySideTest;
import id.jejak.verifier.Break;
import id.jejak.verifier.BreakKind;
import id.jejak.verifier.VerificationReport;
import org.axonframework.actuator.HealthStatus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger under Axon Server, with an in-memory event store standing in for Axon Server (a stream with global
 * positions from 0): the query side's copy of the stream is chained and verified as the JDBC store is, and a store
 * that is wiped, altered or reordered after the copy was made is caught by comparing it with the copy.
 */
@QuerySideTest
class AxonServerLedgerTest {

    static final String A = "198203172006042001";
    static final String B = "198811112012121002";
    static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    @Autowired
    ApplicationContext context;

    private LedgerDatabase db;
    private Serializer serializer;
    private LedgerCopy copy;

    @BeforeEach
    void database() {
        db = new LedgerDatabase(context);
        serializer = context.getBean(Serializer.class);
        copy = new LedgerCopy(db.jdbc, serializer);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theCopyOfAxonServersStreamIsChainedAndVerifiesAgainstTheStore() {
        EventStore axonServer = store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered"),
                event(A, 1, "e3", "trained"));
        copyAll(axonServer);

        VerificationReport report = verification(axonServer).verify();

        assertThat(report.verified()).isTrue();
        assertThat(report.events()).isEqualTo(3);
        assertThat(db.jdbc.sql("select count(*) from " + LedgerStore.EVENTS + " where previous_hash is not null")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEventReadAgainIsNotCopiedTwiceAndOneThatDiffersIsNotCopiedAtAll() {
        EventStore axonServer = store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered"));
        copyAll(axonServer);
        copyAll(axonServer);
        copyAll(store(event(A, 0, "e1", "registered as someone else")));

        assertThat(db.jdbc.sql("select count(*) from " + LedgerStore.EVENTS).query(Long.class).single())
                .isEqualTo(2);
        assertThat(db.jdbc.sql("select payload from " + LedgerStore.EVENTS + " where global_index = 1")
                .query(byte[].class).single()).asString().contains("\"registered\"");
    }

    @Test
    void aWipedStoreIsAStoreThatWentBackwards() {
        copyAll(store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered")));

        Optional<Break> difference = comparison(store()).firstDifference();

        assertThat(difference).get().satisfies(broken -> {
            assertThat(broken.kind()).isEqualTo(BreakKind.MISSING_EVENT);
            assertThat(broken.globalIndex()).isEqualTo(1);
            assertThat(broken.detail()).contains("went backwards");
        });
        assertThat(verification(store()).verify().verified()).isFalse();
    }

    @Test
    void healthWarnsOfAStoreBehindTheLedgerAndIsUpWhenItHoldsEverything() {
        copyAll(store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered")));

        assertThat(new StoreBehindLedgerHealthIndicator(store(), db.jdbc).health().getStatus())
                .isEqualTo(HealthStatus.WARN);
        assertThat(new StoreBehindLedgerHealthIndicator(store(event(A, 0, "e1", "registered"),
                event(B, 0, "e2", "registered")), db.jdbc).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anEventAlteredInTheStoreIsFoundWhereItStands() {
        copyAll(store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered")));

        Optional<Break> difference = comparison(store(event(A, 0, "e1", "registered"),
                event(B, 0, "e2", "never registered"))).firstDifference();

        assertThat(difference).get().satisfies(broken -> {
            assertThat(broken.kind()).isEqualTo(BreakKind.ALTERED_CONTENT);
            assertThat(broken.globalIndex()).isEqualTo(2);
        });
    }

    @Test
    void eventsReorderedInTheStoreAreFoundAtTheFirstIndexThatMoved() {
        copyAll(store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered")));

        Optional<Break> difference = comparison(store(event(B, 0, "e2", "registered"),
                event(A, 0, "e1", "registered"))).firstDifference();

        assertThat(difference).get().satisfies(broken -> {
            assertThat(broken.kind()).isEqualTo(BreakKind.REORDERED_EVENT);
            assertThat(broken.globalIndex()).isEqualTo(1);
        });
    }

    @Test
    void eventsTheStoreHoldsBeyondTheCopyAreNotYetCopiedNotAFault() {
        copyAll(store(event(A, 0, "e1", "registered")));

        assertThat(comparison(store(event(A, 0, "e1", "registered"), event(B, 0, "e2", "registered")))
                .firstDifference()).isEmpty();
    }

    private LedgerVerification verification(EventStore axonServer) {
        return new LedgerVerification(db.store, new LedgerKey(db.key, List.of()), comparison(axonServer));
    }

    private AxonServerComparison comparison(EventStore axonServer) {
        return new AxonServerComparison(axonServer, db.jdbc, serializer);
    }

    private void copyAll(EventStore axonServer) {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (var stream = axonServer.openStream(null)) {
            while (stream.hasNextAvailable()) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        events.forEach(event -> copy.on(event, event.trackingToken()));
    }

    private static EventStore store(EventMessage<?>... events) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build();
        store.publish(events);
        return store;
    }

    private static EventMessage<?> event(String stream, long sequence, String id, String payload) {
        return new GenericDomainEventMessage<>("CivilServant", stream, sequence, payload,
                Map.of("actorId", "hr1"), id, AT.plusSeconds(sequence));
    }
}
