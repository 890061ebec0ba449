package id.jejak.query.admin;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import id.jejak.query.projection.ProjectionTables;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection rebuilt from the first event gives the rows it had built live, and nobody reads it half-built: its
 * readers are served the tables it had until the rebuilt ones are swapped in, and keep them when a rebuild fails.
 */
@QuerySideTest
@SuppressWarnings("rawtypes")
class ProjectionRebuildTest {

    @Autowired
    EventStore eventStore;
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    List<ProjectionTables> projections;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate template;

    /** Signed in: an auditor replays projections and reads the decision trail. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("auditor", "demo");
    }

    /**
     * Each person is also moved to another unit and then enrolled in a programme, from the programme's own stream:
     * the enrolment's row carries the unit the person had moved to, live and rebuilt alike.
     */
    @Test
    void rebuiltFromScratchEachProjectionHasTheRowsItBuiltLive() {
        UUID programme = recordCareersInAProgramme("1985010120100110", 20);
        awaitCaughtUp("career-history");
        awaitCaughtUp("trainings");
        String historyLive = rows("select event_id, nip, event_type, kind, work_unit, global_index, data::text"
                + " from career_event order by event_id");
        String trainingsLive = rows("select training_id, nip, earned_jp, completed_on, last_sequence from training"
                + " order by training_id");

        for (String projection : List.of("career-history", "trainings")) {
            ResponseEntity<Map> accepted = http.postForEntity("/api/v1/admin/projections/{name}/rebuild", null,
                    Map.class, projection);
            assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(accepted.getHeaders().getLocation().getPath())
                    .isEqualTo("/api/v1/admin/projections/" + projection);
            // one rebuild at a time
            awaitRebuilt(projection);
        }

        assertThat(rows("select event_id, nip, event_type, kind, work_unit, global_index, data::text"
                + " from career_event order by event_id")).isEqualTo(historyLive);
        assertThat(rows("select training_id, nip, earned_jp, completed_on, last_sequence from training"
                + " order by training_id")).isEqualTo(trainingsLive);
        assertThat(historyLive).contains("Unit 2");
        assertThat(jdbc.sql("""
                        select count(*) from career_event enrolment
                        join career_event placement on placement.nip = enrolment.nip
                                                   and placement.event_type = 'PlacedInPosition'
                        where enrolment.event_type = 'ParticipantEnrolled'
                          and enrolment.stream_id = ? and enrolment.work_unit = placement.work_unit""")
                .param(programme.toString()).query(Long.class).single()).isEqualTo(20);
    }

    /**
     * Every projection rebuilt in one pass has, table by table, the rows its live processor wrote; identities are
     * left out, as a fresh table numbers its rows from one.
     */
    @Test
    void everyProjectionRebuiltInOnePassHasTheRowsItsProcessorBuiltLive() {
        Nip nip = Nip.of("198807072012011003");
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(nip, "Sari Dewi", EmploymentType.PNS, Rank.III_A,
                LocalDate.of(2012, 1, 1), Education.BACHELOR, "Unit Satu", "Analis", LocalDate.of(2012, 1, 1)),
                "hr.replay");
        UUID training = UUID.randomUUID();
        events.append(new TrainingAssigned(nip, training, "Pelatihan Data", TrainingKind.E_LEARNING, "LAN",
                LessonHours.of(16), LocalDate.of(2025, 4, 1), false), "hr.replay");
        events.append(new TrainingCompleted(nip, training, LessonHours.of(16), LocalDate.of(2025, 4, 9), "S-1"),
                "hr.replay");
        List<String> names = projections.stream().map(ProjectionTables::tables).flatMap(List::stream).toList();
        everyProjection().forEach(this::awaitCaughtUp);
        Map<String, List<String>> live = everyRow(names);
        List<String> indexes = indexDefinitions(names);

        ResponseEntity<List> accepted = http.postForEntity("/api/v1/admin/projections/rebuild", null, List.class);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getHeaders().getLocation().getPath()).isEqualTo("/api/v1/admin/projections");
        assertThat(accepted.getBody()).extracting(rebuild -> ((Map) rebuild).get("projection"))
                .containsExactlyInAnyOrder("career-history", "development", "findings", "reports", "trainings");
        everyProjection().forEach(this::awaitRebuilt);
        assertThat(everyRow(names)).isEqualTo(live);
        assertThat(live.get("training")).anyMatch(row -> row.contains(training.toString()));
        assertThat(freshSchemaLeft()).isFalse();
        // those for readers only were built after the copies were filled, the others before: all are there
        assertThat(indexDefinitions(names)).isEqualTo(indexes);
    }

    /**
     * The copies are filled unlogged and then written to the WAL once: swapped in, every table survives a crash, and
     * was vacuumed before it serves, so that its rows are known visible and a person's history is counted from its
     * index alone from the first read on, not after an autovacuum that an insert-only table waits long for. (How
     * many pages a vacuum can mark depends on the transactions open meanwhile, so the test asks for the vacuum.)
     */
    @Test
    void tablesSwappedInByARebuildAreCrashSafeAndVacuumed() {
        Nip nip = Nip.of("199001012015031004");
        new RecordedEvents(eventStore).append(new CivilServantRegistered(nip, "Rina Kartika", EmploymentType.PNS,
                Rank.III_A, LocalDate.of(2015, 3, 1), Education.BACHELOR, "Unit Satu", "Analis",
                LocalDate.of(2015, 3, 1)), "hr.replay");
        List<String> names = projections.stream().map(ProjectionTables::tables).flatMap(List::stream).toList();
        everyProjection().forEach(this::awaitCaughtUp);

        http.postForEntity("/api/v1/admin/projections/rebuild", null, List.class);
        everyProjection().forEach(this::awaitRebuilt);

        // a table swapped in is the copy itself: its statistics are the copy's, from the rebuild on
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select concat_ws(' ', c.relname, c.relpersistence, s.last_vacuum is not null)
                        from pg_class c join pg_stat_all_tables s on s.relid = c.oid
                        where c.oid in (select to_regclass(name) from unnest(?::text[]) as name)""")
                .param(names.toArray(String[]::new)).query(String.class).list())
                .hasSize(names.size()).allMatch(table -> table.endsWith(" p t")));
    }

    /**
     * A pass's copies are sealed once every lane has applied what the reader read, not when the reader is through: a
     * lane still writing behind the reader would wait on the seal's lock for as long as the seal takes, and a rebuild
     * failed when that outlasted the database's socket timeout.
     */
    @Test
    void everyEventReadIsAppliedByEveryLaneBeforeThePassSealsItsCopies() throws Exception {
        RecordedEvents recorded = new RecordedEvents(eventStore);
        String probe = UUID.randomUUID().toString();
        for (int i = 0; i < 200; i++) {
            recorded.appendTo("Probe", probe, "event " + i, "hr.replay");
        }
        AtomicLong handled = new AtomicLong();
        EventMessageHandler slowLane = event -> {
            Thread.sleep(2);
            handled.incrementAndGet();
            return null;
        };

        try (OnePassRebuild pass = passOfAProbe(slowLane, 2, 10)) {
            pass.readUpToHead(position -> {
            });
            pass.awaitApplied();

            assertThat(pass.events()).isGreaterThanOrEqualTo(200);
            assertThat(handled).hasValue(pass.events());
            pass.finish();
        }
    }

    /**
     * A lane's statement may wait for the server longer than a reader's does (the driver's socket timeout) without
     * failing the pass: a rebuild failed on one statement that waited behind a lock for more than ten seconds.
     */
    @Test
    void aLaneStatementWaitingLongerThanAReaderMayDoesNotFailThePass(
            @Value("${spring.datasource.hikari.data-source-properties.socketTimeout}") int readersBoundSeconds)
            throws Exception {
        String slow = "slow " + UUID.randomUUID();
        new RecordedEvents(eventStore).appendTo("Probe", UUID.randomUUID().toString(), slow, "hr.replay");
        AtomicLong waited = new AtomicLong();
        EventMessageHandler slowStatement = event -> {
            if (slow.equals(event.getPayload())) {
                jdbc.sql("select pg_sleep(?)").param(readersBoundSeconds + 1).query().singleValue();
                waited.incrementAndGet();
            }
            return null;
        };

        try (OnePassRebuild pass = passOfAProbe(slowStatement, 1, 1000)) {
            pass.readUpToHead(position -> {
            });
            pass.finish();
        }

        assertThat(waited).hasValue(1);
    }

    /**
     * A lane takes exactly the events its projection's invoker would handle in the lane's segment, though it asks the
     * invoker once for each kind of event: a person's events, a programme's enrolment (ordered by its person), and an
     * event no projection handles.
     */
    @Test
    void aLaneTakesExactlyTheEventsItsProjectionWouldHandleInItsSegment() throws Exception {
        recordCareersInAProgramme("1986020220100110", 12);
        var events = new RecordedEvents(eventStore);
        for (int probe = 0; probe < 12; probe++) {
            events.appendTo("Probe", UUID.randomUUID().toString(), "no projection's " + probe, "hr.replay");
        }
        List<TrackedEventMessage<?>> stream = new ArrayList<>();
        try (var reader = eventStore.openStream(eventStore.createTailToken())) {
            while (reader.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                stream.add(reader.nextAvailable());
            }
        }

        int taken = 0;
        for (String projection : everyProjection()) {
            EventHandlerInvoker invoker = processing.eventProcessor(projection, AbstractEventProcessor.class)
                    .orElseThrow().eventHandlerInvoker();
            for (Segment segment : Segment.splitBalanced(Segment.ROOT_SEGMENT, 1)) {
                LaneFilter lane = new LaneFilter(invoker, segment);
                for (TrackedEventMessage<?> message : stream) {
                    boolean takes = lane.takes(message);
                    assertThat(takes).as("%s's segment %d taking %s", projection, segment.getSegmentId(),
                            message.getPayloadType().getSimpleName()).isEqualTo(invoker.canHandle(message, segment));
                    taken += takes ? 1 : 0;
                }
            }
        }
        assertThat(stream).hasSizeGreaterThan(49);
        assertThat(taken).isPositive().isLessThan(stream.size() * everyProjection().size());
    }

    /** A name that matches no index would leave that index kept row by row, the slow way, without a trace. */
    @Test
    void everyIndexForReadersOnlyIsAnIndexOfItsProjectionsTables() {
        for (ProjectionTables projection : projections) {
            assertThat(jdbc.sql("""
                            select index_class.relname from pg_index
                            join pg_class index_class on index_class.oid = indexrelid
                            where indrelid in (select to_regclass(name) from unnest(?::text[]) as name)""")
                    .param(projection.tables().toArray(String[]::new)).query(String.class).list())
                    .containsAll(projection.indexesForReadersOnly());
        }
        assertThat(projections).anyMatch(projection -> !projection.indexesForReadersOnly().isEmpty());
    }

    /**
     * Another node still holds a segment of the projection, so the rebuild cannot swap its tables in yet: meanwhile
     * readers are served the tables they had, and an event recorded in the wait is in the tables swapped in.
     */
    @Test
    void whileARebuildWaitsForEveryNodeReadersAreServedAndAnEventRecordedMeanwhileIsKept() {
        Nip nip = Nip.of("199203032017022008");
        UUID training = UUID.randomUUID();
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(nip, "Putri Siregar", EmploymentType.PNS, Rank.III_A,
                LocalDate.of(2017, 2, 1), Education.BACHELOR, "Arsip Daerah", "Arsiparis", LocalDate.of(2017, 2, 1)),
                "hr.replay");
        events.append(new TrainingAssigned(nip, training, "Pelatihan Kearsipan", TrainingKind.E_LEARNING, "ANRI",
                LessonHours.of(12), LocalDate.of(2025, 5, 5), false), "hr.replay");
        TestRestTemplate reader = http.withBasicAuth("hr", "demo");
        String path = "/api/v1/civil-servants/{nip}/trainings/{training}";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                reader.getForEntity(path, Map.class, nip.value(), training).getStatusCode()).isEqualTo(HttpStatus.OK));
        Map before = reader.getForObject(path, Map.class, nip.value(), training);
        UUID duringTheWait = UUID.randomUUID();
        holdAClaimFromAnotherNode("trainings");
        try {
            rebuilds.rebuild("trainings");
            awaitPhase("trainings", "STOPPING");

            ResponseEntity<Map> served = reader.getForEntity(path, Map.class, nip.value(), training);

            assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(served.getBody()).isEqualTo(before);
            assertThat(http.getForObject("/api/v1/admin/projections/trainings", Map.class))
                    .containsEntry("state", "REBUILDING");
            events.append(new TrainingAssigned(nip, duringTheWait, "Pelatihan Arsip Digital", TrainingKind.E_LEARNING,
                    "ANRI", LessonHours.of(8), LocalDate.of(2025, 6, 2), false), "hr.replay");
        } finally {
            releaseClaimsOfAnotherNode("trainings");
        }
        awaitRebuilt("trainings");
        assertThat(reader.getForObject(path, Map.class, nip.value(), training)).isEqualTo(before);
        assertThat(reader.getForEntity(path, Map.class, nip.value(), duringTheWait).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /**
     * A node that never lets go (one still running a version that does not take part) cannot hold every node up:
     * once the rebuild has waited {@code jejak.projections.rebuild-stop-timeout}, it fails, the tables that served go
     * on serving, the fresh copies are dropped, and every node starts its processor again.
     */
    @Test
    void aRebuildThatWaitedTooLongForTheOtherNodesFailsAndTheServingTablesStay() {
        long findingsBefore = jdbc.sql("select count(*) from finding").query(Long.class).single();
        holdAClaimFromAnotherNode("findings");
        try {
            rebuilds.rebuild("findings");
            awaitPhase("findings", "STOPPING");
            jdbc.sql("update projection_rebuild set phase_since = now() - interval '2 minutes'"
                    + " where projection = 'findings'").update();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Map status = http.getForObject("/api/v1/admin/projections/findings", Map.class);
                assertThat(status).containsEntry("state", "SERVING");
                assertThat((Map) status.get("lastRebuild")).containsEntry("state", "FAILED")
                        .containsEntry("error", "ClaimsNotReleased");
            });
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    processing.eventProcessor("findings").orElseThrow().isRunning());
            assertThat(http.getForEntity("/api/v1/findings", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(jdbc.sql("select count(*) from finding").query(Long.class).single()).isEqualTo(findingsBefore);
            assertThat(freshSchemaLeft()).isFalse();
        } finally {
            releaseClaimsOfAnotherNode("findings");
        }
        rebuilds.rebuild("findings");
        awaitRebuilt("findings");
    }

    /** A rebuild whose builder stopped being seen is ended by the nodes that remain; nobody waits for it. */
    @Test
    void aRebuildWhoseBuilderHasGoneFailsAndItsReadersAreServed() {
        jdbc.sql("""
                insert into projection_rebuild (projection, state, phase, generation, builder, started_at, phase_since)
                values ('career-history', 'REBUILDING', 'BUILDING', 1000, 'a-node-gone', now(), now())
                on conflict (projection) do update
                    set state = excluded.state, phase = excluded.phase, generation = excluded.generation,
                        builder = excluded.builder, finished_at = null, error = null""").update();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((Map) http.getForObject(
                "/api/v1/admin/projections/career-history", Map.class).get("lastRebuild"))
                .containsEntry("state", "FAILED").containsEntry("error", "BuilderGone"));
        assertThat(http.withBasicAuth("hr", "demo").getForEntity("/api/v1/decision-trail", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** One rebuild at a time: asked again, it answers the one under way; asked for others, it refuses. */
    @Test
    void aRebuildOfOtherProjectionsIsRefusedWhileOneIsUnderWay() {
        holdAClaimFromAnotherNode("trainings");
        try {
            ProjectionRebuilds.Rebuild first = rebuilds.rebuild("trainings");
            awaitPhase("trainings", "STOPPING");

            ResponseEntity<Map> again = http.postForEntity("/api/v1/admin/projections/{name}/rebuild", null,
                    Map.class, "trainings");
            ResponseEntity<Map> other = http.postForEntity("/api/v1/admin/projections/{name}/rebuild", null,
                    Map.class, "reports");

            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(again.getBody()).containsEntry("startedAt", first.startedAt().toString());
            assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(other.getBody()).containsEntry("code", "REBUILD_UNDER_WAY");
        } finally {
            releaseClaimsOfAnotherNode("trainings");
        }
        awaitRebuilt("trainings");
        assertThat(http.postForEntity("/api/v1/admin/projections/{name}/rebuild", null, Map.class, "reports")
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        awaitRebuilt("reports");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        ResponseEntity<Map> response = http.postForEntity("/api/v1/admin/projections/{name}/rebuild", null,
                Map.class, "nonsense");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "PROJECTION_NOT_FOUND");
    }

    /**
     * A programme and people registered in units 0 to 2, each trained, moved to the next unit and then enrolled in the
     * programme from its own stream; answers the programme's id.
     */
    private UUID recordCareersInAProgramme(String nipPrefix, int people) {
        var events = new RecordedEvents(eventStore);
        UUID programme = UUID.randomUUID();
        events.appendTo("Programme", programme.toString(), new ProgrammeCreated(programme, "Pelatihan Analis",
                TrainingKind.CLASSROOM, "BPSDM", "ID", 20, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7),
                LessonHours.of(32)), "hr.replay");
        for (int person = 0; person < people; person++) {
            Nip nip = Nip.of(nipPrefix + String.format("%02d", person + 1));
            events.append(new CivilServantRegistered(nip, "Pegawai " + person, EmploymentType.PNS, Rank.III_A,
                    LocalDate.of(2010, 1, 1), Education.BACHELOR, "Unit " + person % 3, "Analis",
                    LocalDate.of(2010, 1, 1)), "hr.replay");
            UUID training = UUID.randomUUID();
            events.append(new TrainingAssigned(nip, training, "Pelatihan " + person, TrainingKind.E_LEARNING, "LAN",
                    LessonHours.of(10 + person), LocalDate.of(2025, 1, 2), false), "hr.replay");
            events.append(new TrainingCompleted(nip, training, LessonHours.of(8 + person), LocalDate.of(2025, 1, 9),
                    "S-" + person), "hr.replay");
            events.append(new PlacedInPosition(nip, PositionKind.FUNCTIONAL, "Analis", "Unit " + (person + 1) % 3,
                    LocalDate.of(2025, 2, 3), new Decree("821/" + person + "/2025", LocalDate.of(2025, 1, 30)),
                    "Analis", "Unit " + person % 3), "hr.replay");
            events.appendTo("Programme", programme.toString(),
                    new ParticipantEnrolled(programme, nip, LocalDate.of(2025, 3, 3)), "hr.replay");
        }
        return programme;
    }

    /** A pass feeding one projection of the handler alone, its lanes each in a transaction of its own. */
    private OnePassRebuild passOfAProbe(EventMessageHandler handler, int lanes, int chunkSize) {
        EventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder().eventHandlers(handler).build();
        return new OnePassRebuild(eventStore, Map.of("probe", invoker), lanes, lanes, chunkSize, template,
                new TransactionTemplate(transactions), "public");
    }

    private List<String> everyProjection() {
        return projections.stream().map(ProjectionRebuildTest::processingGroup).distinct().toList();
    }

    private static String processingGroup(ProjectionTables projection) {
        return AnnotatedElementUtils.findMergedAnnotation(AopUtils.getTargetClass(projection), ProcessingGroup.class)
                .value();
    }

    /** Every row of each table, identities left out, in a stable order. */
    private Map<String, List<String>> everyRow(List<String> tables) {
        Map<String, List<String>> rows = new TreeMap<>();
        tables.forEach(table -> rows.put(table, jdbc.sql("select (to_jsonb(t) - 'id')::text from " + table + " t")
                .query(String.class).list().stream().sorted().toList()));
        return rows;
    }

    /** Every index of the tables as PostgreSQL would write it again, in a stable order. */
    private List<String> indexDefinitions(List<String> tables) {
        return jdbc.sql("""
                        select pg_get_indexdef(indexrelid) from pg_index
                        where indrelid in (select to_regclass(name) from unnest(?::text[]) as name)""")
                .param(tables.toArray(String[]::new)).query(String.class).list().stream().sorted().toList();
    }

    private boolean freshSchemaLeft() {
        return jdbc.sql("select count(*) from pg_namespace where nspname = 'query_rebuild'").query(Long.class)
                .single() > 0;
    }

    private void holdAClaimFromAnotherNode(String projection) {
        jdbc.sql("""
                update token_entry set owner = 'another-node', timestamp = '9999-12-31T00:00:00Z'
                where processor_name = :projection
                  and segment = (select min(segment) from token_entry where processor_name = :projection)""")
                .param("projection", projection).update();
    }

    private void releaseClaimsOfAnotherNode(String projection) {
        jdbc.sql("update token_entry set owner = null where processor_name = ? and owner = 'another-node'")
                .param(projection).update();
    }

    private void awaitPhase(String projection, String phase) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                rebuilds.status(projection).lastRebuild().phase()).isEqualTo(phase));
    }

    /** Caught up with the head, its last rebuild a success. */
    private void awaitRebuilt(String projection) {
        awaitCaughtUp(projection);
        assertThat((Map) http.getForObject("/api/v1/admin/projections/{name}", Map.class, projection)
                .get("lastRebuild")).containsEntry("state", "SERVING");
    }

    /** Serving and caught up with the head. */
    private void awaitCaughtUp(String projection) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map status = http.getForObject("/api/v1/admin/projections/{name}", Map.class, projection);
            assertThat(status).containsEntry("state", "SERVING").containsEntry("caughtUp", true);
            assertThat(((Number) status.get("position")).longValue())
                    .isEqualTo(((Number) status.get("head")).longValue());
        });
    }

    private String rows(String sql) {
        return jdbc.sql(sql).query().listOfRows().toString();
    }
}
