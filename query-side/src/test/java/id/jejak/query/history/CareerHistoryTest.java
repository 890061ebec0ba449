package id.jejak.query.history;

import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
@SuppressWarnings("unchecked")
class CareerHistoryTest {

    @Autowired
    EventStore eventStore;
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CareerHistoryProjection projection;

    /** Signed in: an HR officer reads histories. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("hr", "demo");
    }

    @Test
    void theHistoryListsEveryEventInOrderWithWhoRecordedItAndWhen() {
        Nip nip = Nip.of("198203172006042001");
        var events = new RecordedEvents(eventStore);
        var registration = events.append(registered(nip), "hr.budi");
        events.append(assigned(nip), "hr.citra");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value()))
                .containsEntry("totalEvents", 2));
        Map<String, Object> history = http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value());
        List<?> entries = (List<?>) history.get("events");
        Map<String, Object> first = map(entries.get(0));
        Map<String, Object> second = map(entries.get(1));

        assertThat(first).containsEntry("type", "CivilServantRegistered").containsEntry("sequence", 0)
                .containsEntry("effectiveDate", "2006-04-01").containsEntry("actorId", "hr.budi")
                .containsEntry("eventId", registration.getIdentifier());
        // the event store keeps recording times to the millisecond
        assertThat(first.get("recordedAt"))
                .isEqualTo(registration.getTimestamp().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        assertThat(map(first.get("data"))).containsEntry("nip", nip.value()).containsEntry("fullName", "Rina Marpaung");
        assertThat(second).containsEntry("type", "TrainingAssigned").containsEntry("actorId", "hr.citra")
                .containsEntry("effectiveDate", "2025-02-03");
    }

    @Test
    void aDecisionCarriesEveryFieldOfTheEventAndTheContextItWasRecordedIn() {
        Nip nip = Nip.of("198203172006042002");
        var events = new RecordedEvents(eventStore);
        events.append(registered(nip), "hr.budi");
        var assignment = events.appendTo("CivilServant", nip.value(), assigned(nip), "hr.citra", Instant.now(),
                MetaData.with(EventMetadata.ACTOR_ROLE, "HR").and(EventMetadata.REASON, "rencana pengembangan 2025")
                        .and(EventMetadata.LEGAL_BASIS, "PP 17/2020").and(EventMetadata.CAUSATION_ID, "cause-1"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value()))
                .containsEntry("totalEvents", 2));
        Map<String, Object> history = http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value());
        Map<String, Object> decision = map(((List<?>) history.get("events")).get(1));

        assertThat(decision).containsEntry("eventId", assignment.getIdentifier()).containsEntry("nip", nip.value())
                .containsEntry("streamId", nip.value()).containsEntry("sequence", 1)
                .containsEntry("type", "TrainingAssigned").containsEntry("kind", "TRAINING")
                .containsEntry("effectiveDate", "2025-02-03").containsEntry("workUnit", "Bappeda")
                .containsEntry("actorId", "hr.citra").containsEntry("actorRole", "HR")
                .containsEntry("approverId", null).containsEntry("legalBasis", "PP 17/2020")
                .containsEntry("reason", "rencana pengembangan 2025")
                .containsEntry("correlationId", assignment.getMetaData().get(EventMetadata.CORRELATION_ID))
                .containsEntry("causationId", "cause-1").containsEntry("corrects", null)
                .containsEntry("correctedBy", List.of());
        assertThat(((Number) decision.get("globalIndex")).longValue()).isPositive();
        assertThat(map(decision.get("data"))).containsEntry("title", "Latsar CPNS");
    }

    @Test
    void theHistoryIsPaged() {
        Nip nip = Nip.of("198811112012121002");
        var events = new RecordedEvents(eventStore);
        events.append(registered(nip), "hr.budi");
        events.append(assigned(nip), "hr.budi");
        events.append(assigned(nip), "hr.budi");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value()))
                .containsEntry("totalEvents", 3));
        Map<String, Object> secondPage = http.getForObject("/api/v1/civil-servants/{nip}/history?page=1&size=2", Map.class,
                nip.value());

        List<?> entries = (List<?>) secondPage.get("events");
        assertThat(entries).hasSize(1);
        assertThat(map(entries.get(0))).containsEntry("sequence", 2);
        assertThat(secondPage).containsEntry("totalEvents", 3);
    }

    @Test
    void aPageBeyondTheLastIsEmptyAndCountsEveryEvent() {
        Nip nip = Nip.of("198811112012121003");
        var events = new RecordedEvents(eventStore);
        events.append(registered(nip), "hr.budi");
        events.append(assigned(nip), "hr.budi");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value()))
                .containsEntry("totalEvents", 2));

        Map<String, Object> beyond = http.getForObject("/api/v1/civil-servants/{nip}/history?page=3&size=2", Map.class,
                nip.value());

        assertThat((List<?>) beyond.get("events")).isEmpty();
        assertThat(beyond).containsEntry("totalEvents", 2);
    }

    @Test
    void aPageSizeOutOfBoundsIsRefused() {
        var response = http.getForEntity("/api/v1/civil-servants/{nip}/history?size=0", Map.class,
                "198811112012121002");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    @Test
    void aRedeliveredEventIsRecordedOnce() throws Exception {
        Nip nip = Nip.of("197501012000031001");
        var message = new org.axonframework.eventhandling.GenericDomainEventMessage<>("CivilServant", nip.value(), 0,
                registered(nip));
        var token = new GlobalSequenceTrackingToken(41);

        projection.on(registered(nip), message, token);
        projection.on(registered(nip), message, token);

        assertThat(jdbc.sql("select count(*) from career_event where nip = ?").param(nip.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * A person's events in a batch that move nobody go to PostgreSQL as one multi-row INSERT
     * ({@code StatementBatch.addRow}): one delivered twice in it is still recorded once, and counted once in its unit's
     * year.
     */
    @Test
    void anEventDeliveredTwiceInOneBatchIsRecordedAndCountedOnce() throws Exception {
        Nip nip = Nip.of("198812122015031002");
        projection.on(registered(nip), new GenericDomainEventMessage<>("CivilServant", nip.value(), 0,
                registered(nip)), new GlobalSequenceTrackingToken(60));
        TrainingAssigned first = assigned(nip);
        TrainingAssigned second = assigned(nip);
        var firstMessage = new GenericDomainEventMessage<>("CivilServant", nip.value(), 1, first);
        var secondMessage = new GenericDomainEventMessage<>("CivilServant", nip.value(), 2, second);

        var unitOfWork = DefaultUnitOfWork.startAndGet(firstMessage);
        projection.on(first, firstMessage, new GlobalSequenceTrackingToken(61));
        projection.on(first, firstMessage, new GlobalSequenceTrackingToken(61));
        projection.on(second, secondMessage, new GlobalSequenceTrackingToken(62));
        unitOfWork.commit();

        assertThat(jdbc.sql("select event_id from career_event where nip = ? and event_type = 'TrainingAssigned'")
                .param(nip.value()).query(String.class).list())
                .containsExactlyInAnyOrder(firstMessage.getIdentifier(), secondMessage.getIdentifier());
        assertThat(jdbc.sql("select events from career_event_count where nip = ? and year = 2025")
                .param(nip.value()).query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * The command side never imposes one sanction id twice, but a store can hold it (a direct append): the revocation
     * names the first imposition, and the events after it are still projected.
     */
    @Test
    void aSanctionIdImposedTwiceStopsNeitherItsRevocationNorTheEventsAfterIt() {
        Nip nip = Nip.of("197904042003121003");
        Nip next = Nip.of("198707072010012004");
        var events = new RecordedEvents(eventStore);
        events.append(registered(nip), "hr.budi");
        UUID sanction = UUID.randomUUID();
        Decree decree = new Decree("862/2025", LocalDate.of(2025, 5, 2));
        var first = events.append(new SanctionImposed(nip, sanction, SanctionType.ALLOWANCE_CUT,
                SanctionLevel.MEDIUM, 6, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 11, 5), decree, List.of()),
                "ppk.budi");
        events.append(new SanctionImposed(nip, sanction, SanctionType.ALLOWANCE_CUT, SanctionLevel.MEDIUM, 6,
                LocalDate.of(2025, 5, 6), LocalDate.of(2025, 11, 6), decree, List.of()), "ppk.budi");
        events.append(new SanctionRevoked(nip, sanction, LocalDate.of(2025, 7, 1), "BPASN", decree), "bpasn.citra");
        events.append(registered(next), "hr.budi");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForEntity("/api/v1/civil-servants/{nip}/history", Map.class, next.value()).getStatusCode())
                .isEqualTo(HttpStatus.OK));
        List<?> entries = (List<?>) http.getForObject("/api/v1/civil-servants/{nip}/history?kind=DISCIPLINE",
                Map.class, nip.value()).get("events");
        assertThat(entries).hasSize(3);
        assertThat(map(entries.get(2))).containsEntry("type", "SanctionRevoked")
                .containsEntry("corrects", first.getIdentifier());
    }

    @Test
    void nobodysHistoryIsNotFound() {
        var response = http.getForEntity("/api/v1/civil-servants/{nip}/history", Map.class, "196502021990031005");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_FOUND");
    }

    private static CivilServantRegistered registered(Nip nip) {
        return new CivilServantRegistered(nip, "Rina Marpaung", EmploymentType.CPNS, Rank.III_A, LocalDate.of(2016, 1, 1), null, "Bappeda",
                "Perencana Ahli Pertama", LocalDate.of(2006, 4, 1));
    }

    private static TrainingAssigned assigned(Nip nip) {
        return new TrainingAssigned(nip, UUID.randomUUID(), "Latsar CPNS", TrainingKind.CLASSROOM, "BPSDM Sumut",
                LessonHours.of(40), LocalDate.of(2025, 2, 3), false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
