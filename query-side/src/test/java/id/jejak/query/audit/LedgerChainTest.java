package id.jejak.query.audit;

import id.jejak.kernel.EventMetadata;
import id.jejak.query.QuerySideTest;
import id.jejak.verifier.EventHash;
import id.jejak.verifier.LedgerEvent;
import id.jejak.verifier.VerificationReport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static id.jejak.query.audit.LedgerTamperingTest.assigned;
import static id.jejak.query.audit.LedgerTamperingTest.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chain as the database trigger builds it: the same hash as the Java verifier's, for every appender, always. */
@QuerySideTest
class LedgerChainTest {

    static final String NIP = "198609262015051001";

    @Autowired
    ApplicationContext context;

    private LedgerDatabase db;

    @BeforeEach
    void open() {
        db = new LedgerDatabase(context);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theTriggersHashIsTheJavaCanonicalHashByteForByte() {
        EventStore node = db.node();
        node.publish(new GenericDomainEventMessage<>("CivilServant", NIP, 0, registered(NIP),
                MetaData.with(EventMetadata.ACTOR_ID, "hr.siti").and(EventMetadata.REASON, "data awal – ASN baru ✓")));
        // what no appender through Axon writes: no metadata, no type, a revision, text beyond Latin-1, and a hash
        // of the inserter's own, which the trigger replaces
        db.jdbc.sql("""
                insert into eventstore.domain_event_entry (aggregate_identifier, sequence_number, type,
                    event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp, hash)
                values (?, 1, null, 'raw-1', null, convert_to('{"catatan":"Ñoño 日本 \uD83D\uDE42"}', 'UTF8'), '2',
                        'id.jejak.kernel.Raw', '2026-03-02T03:04:05.678Z', '\\x00')""")
                .param(NIP).update();

        List<LedgerEvent> events = new ArrayList<>();
        db.store.read(LedgerStore.Selection.EVERYTHING, events::add, checkpoint -> { });

        assertThat(events).hasSize(2);
        EventHash java = new EventHash();
        for (LedgerEvent event : events) {
            byte[] sql = db.jdbc.sql("""
                            select eventstore.ledger_event_hash(aggregate_identifier, sequence_number, type,
                                event_identifier, payload_type, payload_revision, time_stamp, payload, meta_data,
                                previous_hash)
                            from eventstore.domain_event_entry where global_index = ?""")
                    .param(event.globalIndex()).query(byte[].class).single();
            assertThat(java.of(event)).as("event %d", event.globalIndex()).isEqualTo(sql).isEqualTo(event.hash());
        }
        assertThat(events.get(1).previousHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(0).previousHash()).isNull();
    }

    @Test
    void aStreamCannotStartInTheMiddleNorSkipASequenceNumber() {
        db.node().publish(new GenericDomainEventMessage<>("CivilServant", NIP, 0, registered(NIP)));

        assertThatThrownBy(() -> db.jdbc.sql("""
                insert into eventstore.domain_event_entry (aggregate_identifier, sequence_number, event_identifier,
                    payload, payload_type, time_stamp)
                values (?, 2, 'skipping', '\\x7b7d', 'id.jejak.kernel.Raw', '2026-01-01T00:00:00.000Z')""")
                .param(NIP).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("has no event 1");
    }

    @Test
    void recordedEventsAndCheckpointsAreNeitherChangedNorRemoved() {
        db.node().publish(new GenericDomainEventMessage<>("CivilServant", NIP, 0, registered(NIP)));
        db.sealer().sealNow();

        for (String statement : List.of(
                "update eventstore.domain_event_entry set payload = '\\x7b7d'",
                "delete from eventstore.domain_event_entry",
                "truncate eventstore.domain_event_entry",
                "update eventstore.ledger_checkpoint set signature = '\\x00'",
                "delete from eventstore.ledger_checkpoint",
                "truncate eventstore.ledger_checkpoint")) {
            assertThatThrownBy(() -> db.jdbc.sql(statement).update()).as(statement)
                    .isInstanceOf(DataIntegrityViolationException.class).rootCause()
                    .hasMessageContaining("append-only");
        }
    }

    /**
     * Three command-side nodes, four threads each, appending to the same three records with the retries the command
     * side makes when it loses a race, while two sealers seal: every lost race leaves an unused global index, and
     * appends are in flight whenever a seal settles. The chains and checkpoints must still hold, with no gap in any
     * record.
     */
    @Test
    void concurrentAppendsFromSeveralNodesStillVerify() throws Exception {
        List<EventStore> nodes = List.of(db.node(), db.node(), db.node());
        List<String> streams = List.of("198203172006042001", "198811112012121002", "197501012000031001");
        for (String stream : streams) {
            nodes.get(0).publish(new GenericDomainEventMessage<>("CivilServant", stream, 0, registered(stream)));
        }
        int threads = 12;
        int appendsPerThread = 20;
        AtomicInteger conflicts = new AtomicInteger();
        AtomicBoolean appending = new AtomicBoolean(true);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<CheckpointSealer> sealers = List.of(db.sealer(25, Duration.ofMinutes(5)),
                db.sealer(25, Duration.ofMinutes(5)));
        ExecutorService pool = Executors.newFixedThreadPool(threads + sealers.size());
        List<Future<?>> appenders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            EventStore node = nodes.get(t % nodes.size());
            appenders.add(pool.submit(() -> {
                for (int i = 0; i < appendsPerThread; i++) {
                    String stream = streams.get(ThreadLocalRandom.current().nextInt(streams.size()));
                    while (true) {
                        long next = db.jdbc.sql("select max(sequence_number) + 1 from eventstore.domain_event_entry "
                                + "where aggregate_identifier = ?").param(stream).query(Long.class).single();
                        try {
                            node.publish(new GenericDomainEventMessage<>("CivilServant", stream, next,
                                    assigned(stream, "Bimbingan Teknis " + next)));
                            break;
                        } catch (ConcurrencyException lost) {
                            conflicts.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e);
                            return;
                        }
                    }
                }
            }));
        }
        List<Future<?>> sealing = new ArrayList<>();
        for (CheckpointSealer sealer : sealers) {
            sealing.add(pool.submit(() -> {
                while (appending.get()) {
                    sealer.sealNow();
                }
                return null;
            }));
        }
        for (Future<?> appender : appenders) {
            appender.get();
        }
        appending.set(false);
        for (Future<?> sealer : sealing) {
            sealer.get();
        }
        pool.shutdown();
        sealers.get(0).sealNow();

        assertThat(failures).isEmpty();
        assertThat(conflicts.get()).as("the race is real: some appends lost it").isPositive();
        VerificationReport report = db.verification.verify();
        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.events()).isEqualTo(streams.size() + (long) threads * appendsPerThread);
        assertThat(report.checkpointsVerified()).isEqualTo(report.checkpoints()).isGreaterThan(2);
        assertThat(report.unsealedEvents()).isZero();
        for (String stream : streams) {
            List<Long> sequences = db.jdbc.sql("select sequence_number from eventstore.domain_event_entry "
                    + "where aggregate_identifier = ? order by sequence_number").param(stream).query(Long.class).list();
            assertThat(sequences).containsExactlyElementsOf(LongStream.range(0, sequences.size()).boxed().toList());
        }
        long unused = db.jdbc.sql("select max(global_index) - count(*) from eventstore.domain_event_entry")
                .query(Long.class).single();
        assertThat(unused).as("every lost race left an unused global index").isEqualTo(conflicts.get());
    }

    @Test
    void theScheduleSealsEveryNEventsOrAfterTheInterval() {
        EventStore node = db.node();
        CheckpointSealer everyThree = db.sealer(3, Duration.ofHours(1));
        node.publish(new GenericDomainEventMessage<>("CivilServant", NIP, 0, registered(NIP)));
        node.publish(new GenericDomainEventMessage<>("CivilServant", NIP, 1, assigned(NIP, "Latsar")));

        everyThree.sealIfDue();
        assertThat(checkpoints()).isZero();

        node.publish(new GenericDomainEventMessage<>("CivilServant", NIP, 2, assigned(NIP, "Diklat")));
        everyThree.sealIfDue();
        assertThat(checkpoints()).isEqualTo(1);

        node.publish(new GenericDomainEventMessage<>("CivilServant", NIP, 3, assigned(NIP, "Bimtek")));
        everyThree.sealIfDue();
        assertThat(checkpoints()).as("one event, and the hour has not passed").isEqualTo(1);
        db.sealer(3, Duration.ZERO).sealIfDue();
        assertThat(checkpoints()).as("the interval has passed").isEqualTo(2);
        assertThat(db.verification.verify().unsealedEvents()).isZero();
    }

    private long checkpoints() {
        return db.jdbc.sql("select count(*) from eventstore.ledger_checkpoint").query(Long.class).single();
    }
}
