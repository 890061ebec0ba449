package id.jejak.query.profile;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
@SuppressWarnings("unchecked")
class CivilServantProfileTest {

    @Autowired
    EventStore eventStore;
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingProjection projection;
    @Autowired
    Clock clock;

    /** Signed in: an HR officer reads profiles and trainings. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("hr", "demo");
    }

    RecordedEvents recorded;

    @BeforeEach
    void setUp() {
        recorded = new RecordedEvents(eventStore);
    }

    @Test
    void theProfileCountsOnlyTheLessonHoursEarnedThisYear() {
        Nip nip = Nip.of("199001012015032004");
        int thisYear = LocalDate.now(clock).getYear();
        UUID lastYearsTraining = UUID.randomUUID();
        UUID thisYearsTraining = UUID.randomUUID();
        recorded.append(registered(nip), "hr.ani");
        recorded.append(assigned(nip, lastYearsTraining, LocalDate.of(thisYear - 1, 11, 1)), "hr.ani");
        recorded.append(new TrainingCompleted(nip, lastYearsTraining, LessonHours.of(30),
                LocalDate.of(thisYear - 1, 11, 3), "C-1"), "hr.ani");
        recorded.append(assigned(nip, thisYearsTraining, LocalDate.of(thisYear, 1, 2)), "hr.ani");
        recorded.append(new TrainingCompleted(nip, thisYearsTraining, LessonHours.of(12),
                LocalDate.of(thisYear, 1, 4), "C-2"), "hr.ani");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> profile = http.getForObject("/api/v1/civil-servants/{nip}", Map.class, nip.value());
            assertThat(profile.get("fullName")).isEqualTo("Dewi Lestari");
            assertThat(profile.get("rank")).isEqualTo(Map.of("code", "III/b", "title", "Penata Muda Tingkat I",
                    "since", "2016-01-01"));
            assertThat(profile.get("lessonHours")).isEqualTo(
                    Map.of("year", thisYear, "earned", 12, "required", 20, "completedTrainings", 1));
        });
    }

    @Test
    void aTrainingAssignedButNotCompletedEarnsNoLessonHours() {
        Nip nip = Nip.of("198705152010011002");
        UUID training = UUID.randomUUID();
        recorded.append(registered(nip), "hr.ani");
        recorded.append(assigned(nip, training, LocalDate.now(clock)), "hr.ani");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var view = http.getForObject("/api/v1/civil-servants/{nip}/trainings/{id}", Map.class, nip.value(),
                    training);
            assertThat(view).containsEntry("completedOn", null).containsEntry("plannedLessonHours", 24);
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> profile = http.getForObject("/api/v1/civil-servants/{nip}", Map.class, nip.value());
            // the two projections run apart: the profile may still be unknown when the training is already there
            assertThat(profile).containsKey("lessonHours");
            assertThat(map(profile.get("lessonHours")).get("earned")).isEqualTo(0);
        });
    }

    @Test
    void aRedeliveredTrainingEventChangesNothing() {
        Nip nip = Nip.of("197912312005012003");
        UUID training = UUID.randomUUID();
        Instant recordedAt = Instant.parse("2025-06-01T03:00:00Z");
        Instant redeliveredAt = Instant.parse("2025-06-02T03:00:00Z");
        var completed = new TrainingCompleted(nip, training, LessonHours.of(8), LocalDate.of(2025, 5, 31), "C-9");

        projection.on(assigned(nip, training, LocalDate.of(2025, 5, 30)), 1, recordedAt);
        projection.on(completed, 2, recordedAt);
        var before = rowsOf(nip);
        projection.on(assigned(nip, training, LocalDate.of(2025, 5, 30)), 1, redeliveredAt);
        projection.on(completed, 2, redeliveredAt);

        assertThat(rowsOf(nip)).isEqualTo(before);
        assertThat(before).contains("earned_jp=8").contains("last_sequence=2");
    }

    @Test
    void anUnknownCivilServantIsNotFound() {
        var response = http.getForEntity("/api/v1/civil-servants/{nip}", Map.class, "196001011985031009");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("code", "CIVIL_SERVANT_NOT_FOUND");
    }

    @Test
    void aMalformedNipIsABadRequestNamingTheRule() {
        var response = http.getForEntity("/api/v1/civil-servants/{nip}", Map.class, "19600101198503");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "NIP_FORMAT");
    }

    private String rowsOf(Nip nip) {
        return jdbc.sql("select * from training where nip = ?").param(nip.value()).query().listOfRows().toString();
    }

    private static CivilServantRegistered registered(Nip nip) {
        return new CivilServantRegistered(nip, "Dewi Lestari", EmploymentType.PNS, Rank.III_B, LocalDate.of(2016, 1, 1), null, "Dinas Kesehatan",
                "Pengawas Farmasi", LocalDate.of(2016, 1, 1));
    }

    private static TrainingAssigned assigned(Nip nip, UUID training, LocalDate start) {
        return new TrainingAssigned(nip, training, "Manajemen Risiko", TrainingKind.E_LEARNING, "LAN RI",
                LessonHours.of(24), start, false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
