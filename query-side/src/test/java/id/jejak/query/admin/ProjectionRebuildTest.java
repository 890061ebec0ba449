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
import id.jejak.platform.web.TemporarilyUnavailableException;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * A projection rebuilt from the first event gives the rows it had built live, and nobody reads it half-built: not
 * while it is rebuilt, not after its rebuild failed, not after a restart cut its replay short.
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
        var events = new RecordedEvents(eventStore);
        UUID programme = UUID.randomUUID();
        events.appendTo("Programme", programme.toString(), new ProgrammeCreated(programme, "Pelatihan Analis",
                TrainingKind.CLASSROOM, "BPSDM", "ID", 20, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7),
                LessonHours.of(32)), "hr.replay");
        for (int person = 0; person < 20; person++) {
            Nip nip = Nip.of(String.format("1985010120100110%02d", person + 1));
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
        awaitServingAndCaughtUp("career-history");
        awaitServingAndCaughtUp("trainings");
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
        }
        awaitServingAndCaughtUp("career-history");
        awaitServingAndCaughtUp("trainings");

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

    @Test
    void whileAProjectionIsRebuiltItsReadersAreToldToComeBackLater() {
        // a small store is rebuilt in moments: the read must come right after, not after a first request's warm-up
        // (nor an auditor's access-log entry), so an HR officer reads, once before to warm up
        TestRestTemplate reader = http.withBasicAuth("hr", "demo");
        reader.getForEntity("/api/v1/decision-trail", Map.class);
        rebuilds.rebuild("career-history");

        ResponseEntity<Map> response = reader.getForEntity("/api/v1/decision-trail", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getBody()).containsEntry("code", "PROJECTION_REBUILDING");
        awaitServingAndCaughtUp("career-history");
        assertThat(http.getForEntity("/api/v1/decision-trail", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * Another node still holds a segment of the projection, so its tokens cannot be reset yet: the rebuild waits,
     * its readers refused, until that node has stopped and let go of its claim; then it runs to the end.
     */
    @Test
    void aRebuildWaitsUntilEveryNodeHasLetGoOfTheProjection() {
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
        jdbc.sql("""
                update token_entry set owner = 'another-node', timestamp = '9999-12-31T00:00:00Z'
                where processor_name = 'trainings'
                  and segment = (select min(segment) from token_entry where processor_name = 'trainings')""")
                .update();
        try {
            rebuilds.rebuild("trainings");
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from token_entry where processor_name = 'trainings' and owner is not null")
                    .query(Long.class).single() == 1);

            ResponseEntity<Map> refused = reader.getForEntity(path, Map.class, nip.value(), training);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(refused.getBody()).containsEntry("code", "PROJECTION_REBUILDING");
            assertThat(http.getForObject("/api/v1/admin/projections/trainings", Map.class))
                    .containsEntry("state", "REBUILDING");
        } finally {
            jdbc.sql("update token_entry set owner = null where processor_name = 'trainings' and owner = 'another-node'")
                    .update();
        }
        awaitServingAndCaughtUp("trainings");
        assertThat(reader.getForEntity(path, Map.class, nip.value(), training).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /**
     * A node that never lets go (one still running a version that does not take part) cannot hold every node up: once
     * the rebuild has waited {@code jejak.projections.rebuild-stop-timeout}, it fails and every node starts its
     * processor again.
     */
    @Test
    void aRebuildThatWaitedTooLongForTheOtherNodesFailsAndEveryNodeStartsAgain() {
        jdbc.sql("""
                update token_entry set owner = 'another-node', timestamp = '9999-12-31T00:00:00Z'
                where processor_name = 'findings'
                  and segment = (select min(segment) from token_entry where processor_name = 'findings')""")
                .update();
        try {
            rebuilds.rebuild("findings");
            jdbc.sql("update projection_rebuild set started_at = now() - interval '2 minutes'"
                    + " where projection = 'findings'").update();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Map status = http.getForObject("/api/v1/admin/projections/findings", Map.class);
                assertThat(status).containsEntry("state", "FAILED");
                assertThat((Map) status.get("lastRebuild")).containsEntry("error", "ClaimsNotReleased");
            });
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    processing.eventProcessor("findings").orElseThrow().isRunning());
        } finally {
            jdbc.sql("update token_entry set owner = null where processor_name = 'findings' and owner = 'another-node'")
                    .update();
        }
        rebuilds.rebuild("findings");
        awaitServingAndCaughtUp("findings");
    }

    @Test
    void aFailedRebuildIsRefusedToReadersUntilARebuildSucceeds() {
        jdbc.sql("""
                insert into projection_rebuild (projection, state, started_at, finished_at, error)
                values ('career-history', 'FAILED', now(), now(), 'ClaimsNotReleased')
                on conflict (projection) do update
                    set state = excluded.state, phase = null, finished_at = excluded.finished_at,
                        error = excluded.error""").update();
        TestRestTemplate reader = http.withBasicAuth("hr", "demo");

        ResponseEntity<Map> refused = reader.getForEntity("/api/v1/decision-trail", Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(refused.getBody()).containsEntry("code", "PROJECTION_REBUILD_FAILED");
        rebuilds.rebuild("career-history");
        awaitServingAndCaughtUp("career-history");
        assertThat(reader.getForEntity("/api/v1/decision-trail", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /**
     * A stop during the replay leaves the rebuild kept as under way, with the head it had at the reset; after the
     * restart readers are refused until the processor, replaying from its tokens, reaches that head.
     */
    @Test
    void aRebuildCutShortByAStopIsWaitedForAfterTheRestart() {
        long head = eventStore.createHeadToken().position().orElseThrow();
        jdbc.sql("""
                insert into projection_rebuild (projection, state, phase, head, started_at)
                values ('trainings', 'REBUILDING', 'REPLAYING', ?, now())
                on conflict (projection) do update
                    set state = excluded.state, phase = excluded.phase, head = excluded.head, finished_at = null,
                        error = null""")
                .param(head + 1).update();
        assertThat(catchThrowableOfType(TemporarilyUnavailableException.class,
                () -> rebuilds.requireServing("trainings")).code()).isEqualTo("PROJECTION_REBUILDING");

        new RecordedEvents(eventStore).append(new CivilServantRegistered(Nip.of("198605052011011007"),
                "Bayu Pratama", EmploymentType.PNS, Rank.III_A, LocalDate.of(2011, 1, 1), Education.BACHELOR,
                "Arsip Daerah", "Arsiparis", LocalDate.of(2011, 1, 1)), "hr.replay");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThatCode(() -> rebuilds.requireServing("trainings")).doesNotThrowAnyException());
        assertThat(jdbc.sql("select state from projection_rebuild where projection = 'trainings'")
                .query(String.class).single()).isEqualTo("SERVING");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        ResponseEntity<Map> response = http.postForEntity("/api/v1/admin/projections/{name}/rebuild", null,
                Map.class, "nonsense");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "PROJECTION_NOT_FOUND");
    }

    private void awaitServingAndCaughtUp(String projection) {
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
