package id.jejak.query.access;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.platform.security.DemoUsers;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An employee reads their own profile, history and trainings, and nobody else's (OWASP API1): another person's NIP
 * is answered exactly as a NIP nobody holds — neither 403, which would say the person exists, nor the data.
 */
@QuerySideTest
@ExtendWith(OutputCaptureExtension.class)
class EmployeeAccessTest {

    private static final Nip OWN = Nip.of(DemoUsers.EMPLOYEE_NIP);
    private static final Nip COLLEAGUE = Nip.of("198505052010012001");
    private static final Nip NOBODY = Nip.of("198406062009011002");
    private static final UUID OWN_TRAINING = UUID.randomUUID();
    private static final UUID COLLEAGUES_TRAINING = UUID.randomUUID();

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;

    TestRestTemplate employee;
    TestRestTemplate hr;

    @BeforeEach
    void recordBothAndSignIn() {
        employee = anonymous.withBasicAuth("employee", "demo");
        hr = anonymous.withBasicAuth("hr", "demo");
        // asked of the event store, not of the API: a projection rebuild elsewhere in this context answers 503
        if (eventStore.lastSequenceNumberFor(COLLEAGUE.value()).isEmpty()) {
            var events = new RecordedEvents(eventStore);
            events.append(registered(OWN, "Budi Santoso"), "hr");
            events.append(training(OWN, OWN_TRAINING), "hr");
            events.append(registered(COLLEAGUE, "Ratna Sari"), "hr");
            events.append(training(COLLEAGUE, COLLEAGUES_TRAINING), "hr");
        }
        // every read the tests make, as HR sees it: each comes from a projection of its own, caught up in its own time
        await().atMost(Duration.ofSeconds(30)).until(() -> Stream.of(OWN, COLLEAGUE).allMatch(person ->
                seenByHr("/api/v1/civil-servants/{nip}", person.value())
                        && seenByHr("/api/v1/civil-servants/{nip}/history", person.value()))
                && seenByHr("/api/v1/civil-servants/{nip}/trainings/{id}", OWN.value(), OWN_TRAINING)
                && seenByHr("/api/v1/civil-servants/{nip}/trainings/{id}", COLLEAGUE.value(), COLLEAGUES_TRAINING));
    }

    private boolean seenByHr(String path, Object... variables) {
        return hr.getForEntity(path, String.class, variables).getStatusCode() == HttpStatus.OK;
    }

    @Test
    void anEmployeeReadsTheirOwnProfileHistoryAndTrainings() {
        assertThat(employee.getForEntity("/api/v1/civil-servants/{nip}", String.class, OWN.value())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(employee.getForEntity("/api/v1/civil-servants/{nip}/history", String.class, OWN.value())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(employee.getForEntity("/api/v1/civil-servants/{nip}/trainings/{id}", String.class, OWN.value(),
                OWN_TRAINING).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherPersonsProfileIsAnsweredExactlyAsAnUnknownNip(CapturedOutput log) {
        ResponseEntity<String> colleague = employee.getForEntity("/api/v1/civil-servants/{nip}", String.class,
                COLLEAGUE.value());
        ResponseEntity<String> unknown = hr.getForEntity("/api/v1/civil-servants/{nip}", String.class,
                NOBODY.value());

        assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(colleague.getBody()).contains("\"code\":\"CIVIL_SERVANT_NOT_FOUND\"").doesNotContain("Ratna");
        assertThat(colleague.getBody().replace(COLLEAGUE.value(), "{nip}"))
                .isEqualTo(unknown.getBody().replace(NOBODY.value(), "{nip}"));
        assertThat(colleague.getHeaders().getContentType()).isEqualTo(unknown.getHeaders().getContentType());
        assertThat(log.getOut()).contains("Access refused: GET /api/v1/civil-servants/{nip} by 'employee' as EMPLOYEE")
                .doesNotContain(COLLEAGUE.value());
    }

    @Test
    void anotherPersonsHistoryAndTrainingsAreNotFoundEither() {
        ResponseEntity<String> history = employee.getForEntity("/api/v1/civil-servants/{nip}/history", String.class,
                COLLEAGUE.value());
        ResponseEntity<String> training = employee.getForEntity("/api/v1/civil-servants/{nip}/trainings/{id}",
                String.class, COLLEAGUE.value(), COLLEAGUES_TRAINING);
        ResponseEntity<String> unknownHistory = hr.getForEntity("/api/v1/civil-servants/{nip}/history", String.class,
                NOBODY.value());

        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(history.getBody().replace(COLLEAGUE.value(), "{nip}"))
                .isEqualTo(unknownHistory.getBody().replace(NOBODY.value(), "{nip}"));
        assertThat(training.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(training.getBody()).contains("CIVIL_SERVANT_NOT_FOUND").doesNotContain("Ratna");
    }

    @Test
    void anEmployeeReadsNoDecisionTrail() {
        assertThat(employee.getForEntity("/api/v1/decision-trail", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMalformedNipIsRefusedAsForAnyone() {
        ResponseEntity<String> response = employee.getForEntity("/api/v1/civil-servants/{nip}", String.class, "1986");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("NIP_FORMAT");
    }

    private static CivilServantRegistered registered(Nip nip, String name) {
        return new CivilServantRegistered(nip, name, EmploymentType.PNS, Rank.III_A, LocalDate.of(2020, 1, 2),
                Education.BACHELOR, "Dinas Pendidikan", "Guru Ahli Pertama", LocalDate.of(2020, 1, 2));
    }

    private static TrainingAssigned training(Nip nip, UUID trainingId) {
        return new TrainingAssigned(nip, trainingId, "Pelatihan Kurikulum Merdeka", TrainingKind.CLASSROOM,
                "BBGP Jawa Barat", LessonHours.of(32), LocalDate.of(2025, 2, 3), false);
    }
}
