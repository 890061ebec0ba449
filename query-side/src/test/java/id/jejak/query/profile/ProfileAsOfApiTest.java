package id.jejak.query.profile;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both clocks through HTTP: a promotion recorded late, backdated to its TMT; an evaluation revoked. */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ProfileAsOfApiTest {

    @Autowired
    EventStore eventStore;
    TestRestTemplate http;

    /** Signed in: an HR officer reads profiles. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("hr", "demo");
    }

    @Test
    void aBackdatedPromotionShowsOnItsDateButNotAsKnownBeforeItWasRecorded() throws Exception {
        Nip nip = Nip.of("198302022008011001");
        var events = new RecordedEvents(eventStore);
        var registration = events.append(new CivilServantRegistered(nip, "Yusuf Harahap", EmploymentType.PNS,
                Rank.III_B, LocalDate.of(2020, 4, 1), Education.BACHELOR, "Inspektorat", "Auditor Muda",
                LocalDate.of(2020, 4, 1)), "hr.ani");
        Thread.sleep(5);
        var promotion = events.append(new PromotionGranted(nip, UUID.randomUUID(), Rank.III_B, Rank.III_C,
                LocalDate.of(2024, 4, 1), new Decree("823/KP/2024", LocalDate.of(2024, 3, 20)), "hr.ani", "ppk.budi",
                null), "ppk.budi");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rank(nip, "2024-06-01", null))
                .isEqualTo("III/c"));

        String beforePromotionWasRecorded = registration.getTimestamp().truncatedTo(ChronoUnit.MILLIS).toString();
        assertThat(rank(nip, "2024-06-01", beforePromotionWasRecorded)).isEqualTo("III/b");
        assertThat(rank(nip, "2024-03-31", null)).isEqualTo("III/b");
        assertThat(promotion.getTimestamp()).isAfter(registration.getTimestamp());
    }

    /** The command side revokes a corrected evaluation by naming its correction, the version it knows. */
    @Test
    void anEvaluationRevokedThroughItsCorrectionLeavesThePredicatesOnceRecorded() throws Exception {
        Nip nip = Nip.of("198402142009032005");
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(nip, "Dewi Lestari", EmploymentType.PNS, Rank.III_B,
                LocalDate.of(2020, 4, 1), Education.BACHELOR, "Bappeda", "Perencana Muda", LocalDate.of(2020, 4, 1)),
                "hr.ani");
        UUID evaluation = UUID.randomUUID();
        var evaluated = events.append(new PerformanceEvaluated(nip, evaluation, EvaluationKind.ANNUAL, 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Nip.of("197501012000031001"),
                Rating.BELOW_EXPECTATION, Rating.AS_EXPECTED, Predicate.BUTUH_PERBAIKAN, "matrix-v1"), "hr.ani");
        var corrected = events.append(new PerformanceEvaluationCorrected(nip, evaluation, evaluated.getIdentifier(),
                EvaluationKind.ANNUAL, 2024, LocalDate.of(2024, 12, 31), Rating.AS_EXPECTED, Rating.AS_EXPECTED,
                Predicate.BAIK, "matrix-v1", "Atasan pejabat penilai"), "hr.ani");
        Thread.sleep(5);
        events.append(new DecisionRevoked(nip, corrected.getIdentifier(), "PerformanceEvaluationCorrected",
                LocalDate.of(2025, 3, 3), "BKN", new Decree("BKN-7/2025", LocalDate.of(2025, 3, 3))), "bkn.dedi");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value()))
                .containsEntry("totalEvents", 4));

        String beforeTheRevocation = corrected.getTimestamp().truncatedTo(ChronoUnit.MILLIS).toString();
        assertThat(predicates(nip, beforeTheRevocation)).containsExactly(Map.of("year", 2024, "predicate", "BAIK"));
        assertThat(predicates(nip, null)).isEmpty();
    }

    @Test
    void anInvalidDateIsABadRequest() {
        ResponseEntity<Map> response = http.getForEntity("/api/v1/civil-servants/{nip}?asOf=2024-02-30", Map.class,
                "198302022008011001");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    private List<Map> predicates(Nip nip, String knownAt) {
        String query = "/api/v1/civil-servants/" + nip.value() + "?asOf=2025-06-01"
                + (knownAt == null ? "" : "&knownAt=" + knownAt);
        return (List<Map>) http.getForObject(query, Map.class).get("annualPredicates");
    }

    private String rank(Nip nip, String asOf, String knownAt) {
        String query = "/api/v1/civil-servants/" + nip.value() + "?asOf=" + asOf
                + (knownAt == null ? "" : "&knownAt=" + knownAt);
        Map rank = (Map) http.getForObject(query, Map.class).get("rank");
        return rank == null ? null : (String) rank.get("code");
    }
}
