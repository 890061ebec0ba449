package id.jejak.query.history;

import id.jejak.kernel.Decree;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspectorate's decision trail, and a person's history with its links between decisions and their corrections:
 * who decided, who approved, in which unit, on which legal basis.
 */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class DecisionTrailTest {

    private static final Nip NIP = Nip.of("198001012005011001");
    /** Evaluated, the evaluation corrected, then awarded on it. */
    private static final Nip AWARDED = Nip.of("199001012015031006");
    private static final Decree DECREE = new Decree("823/KP/2025", LocalDate.of(2025, 3, 20));

    @Autowired
    EventStore eventStore;
    TestRestTemplate http;

    private static String promotionEventId;
    private static String sanctionEventId;
    private static String evaluationEventId;

    /** Signed in: an HR officer reads histories and the decision trail. */
    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = anonymous.withBasicAuth("hr", "demo");
    }

    @BeforeEach
    void recordOnce() {
        if (promotionEventId != null) {
            return;
        }
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(NIP, "Hendra Gunawan", EmploymentType.PNS, Rank.III_C,
                LocalDate.of(2020, 4, 1), Education.MASTER, "Dinas Kesehatan", "Epidemiolog",
                LocalDate.of(2020, 4, 1)), "hr.ani");
        events.append(new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Seksi Surveilans", "Dinas Kominfo",
                LocalDate.of(2024, 1, 2), DECREE, "Epidemiolog", "Dinas Kesehatan"), "hr.ani");
        promotionEventId = events.append(new PromotionGranted(NIP, UUID.randomUUID(), Rank.III_C, Rank.III_D,
                LocalDate.of(2025, 4, 1), DECREE, "hr.ani", "ppk.budi", null), "ppk.budi").getIdentifier();
        UUID sanction = UUID.randomUUID();
        sanctionEventId = events.append(new SanctionImposed(NIP, sanction, SanctionType.ALLOWANCE_CUT,
                SanctionLevel.MEDIUM, 6, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 2), DECREE, List.of()),
                "ppk.budi").getIdentifier();
        events.append(new SanctionRevoked(NIP, sanction, LocalDate.of(2025, 8, 1), "BPASN", DECREE), "bpasn.citra");
        events.append(new DecisionRevoked(NIP, promotionEventId, "PromotionGranted", LocalDate.of(2025, 9, 1), "BKN",
                DECREE), "bkn.dedi");
        events.append(new CivilServantRegistered(AWARDED, "Sari Nasution", EmploymentType.PNS, Rank.III_A,
                LocalDate.of(2015, 3, 1), Education.BACHELOR, "Bappeda", "Perencana", LocalDate.of(2015, 3, 1)),
                "hr.eka");
        UUID evaluation = UUID.randomUUID();
        evaluationEventId = events.append(new PerformanceEvaluated(AWARDED, evaluation, EvaluationKind.ANNUAL, 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Nip.of("197501012000031001"),
                Rating.AS_EXPECTED, Rating.AS_EXPECTED, Predicate.BAIK, "matrix-v1"), "hr.eka").getIdentifier();
        events.append(new PerformanceEvaluationCorrected(AWARDED, evaluation, evaluationEventId,
                EvaluationKind.ANNUAL, 2024, LocalDate.of(2024, 12, 31), Rating.ABOVE_EXPECTATION,
                Rating.ABOVE_EXPECTATION, Predicate.SANGAT_BAIK, "matrix-v1", "Atasan pejabat penilai"), "hr.eka");
        events.append(new AwardGranted(AWARDED, UUID.randomUUID(), "Satyalancana Karya Satya", List.of(evaluation),
                LocalDate.of(2025, 8, 17), DECREE), "hr.eka");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, NIP.value()))
                    .containsEntry("totalEvents", 6);
            assertThat(http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, AWARDED.value()))
                    .containsEntry("totalEvents", 4);
        });
    }

    @Test
    void theTrailFiltersByApproverAndShowsTheLegalBasisAndTheUnitAtTheTime() {
        Map trail = http.getForObject("/api/v1/decision-trail?approver=ppk.budi", Map.class);

        List<Map> decisions = (List<Map>) trail.get("decisions");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0)).containsEntry("type", "PromotionGranted").containsEntry("kind", "RANK")
                .containsEntry("workUnit", "Dinas Kominfo").containsEntry("actorId", "ppk.budi")
                .containsEntry("eventId", promotionEventId);
        assertThat((Map) decisions.get(0).get("data")).containsEntry("proposedBy", "hr.ani");
    }

    @Test
    void theTrailFiltersByActorUnitTypeAndPeriod() {
        assertThat(decisionTypes("/api/v1/decision-trail?actor=hr.ani"))
                .containsExactly("CivilServantRegistered", "PlacedInPosition");
        assertThat(decisionTypes("/api/v1/decision-trail?unit=Dinas Kesehatan&actor=hr.ani"))
                .containsExactly("CivilServantRegistered");
        assertThat(decisionTypes("/api/v1/decision-trail?type=SanctionImposed&actor=ppk.budi"))
                .containsExactly("SanctionImposed");
        assertThat(decisionTypes("/api/v1/decision-trail?from=2025-05-01&to=2025-08-31&unit=Dinas Kominfo"))
                .containsExactly("SanctionImposed", "SanctionRevoked");
    }

    @Test
    void aRevokedDecisionLinksToItsRevocationAndBack() {
        List<Map> history = history(NIP);

        Map promotion = first(history, "eventId", promotionEventId);
        Map revocation = first(history, "type", "DecisionRevoked");
        Map sanction = first(history, "eventId", sanctionEventId);
        assertThat((List<String>) promotion.get("correctedBy")).containsExactly((String) revocation.get("eventId"));
        assertThat(revocation.get("corrects")).isEqualTo(promotionEventId);
        assertThat((List<String>) sanction.get("correctedBy")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
            "198001012005011001, DISCIPLINE, SanctionImposed SanctionRevoked",
            "199001012015031006, AWARD, AwardGranted"})
    void theHistoryCanBeFilteredByKind(String nip, DecisionKind kind, String types) {
        Map ofKind = http.getForObject("/api/v1/civil-servants/{nip}/history?kind={kind}", Map.class, nip, kind);

        assertThat((List<Map>) ofKind.get("events")).extracting(event -> event.get("type"))
                .containsExactly((Object[]) types.split(" "));
        assertThat(ofKind.get("totalEvents")).isEqualTo(types.split(" ").length);
    }

    @Test
    void aCorrectedEvaluationLinksToItsCorrectionAndBack() {
        List<Map> history = history(AWARDED);

        Map evaluation = first(history, "eventId", evaluationEventId);
        Map correction = first(history, "type", "PerformanceEvaluationCorrected");
        assertThat((List<String>) evaluation.get("correctedBy")).containsExactly((String) correction.get("eventId"));
        assertThat(correction.get("corrects")).isEqualTo(evaluationEventId);
    }

    @Test
    void theTrailMatchesAUnitWhateverItsCaseAndSurroundingSpaces() {
        assertThat(decisionTypes("/api/v1/decision-trail?unit= dinas kominfo &actor=ppk.budi"))
                .containsExactly("PromotionGranted", "SanctionImposed");
        assertThat(decisionTypes("/api/v1/decision-trail?unit=dinas&actor=ppk.budi")).isEmpty();
    }

    @Test
    void theTrailIsAlsoACsvForSpreadsheets() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));

        ResponseEntity<String> csv = http.exchange("/api/v1/decision-trail?actor=bkn.dedi", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).startsWith("recordedAt,effectiveDate,nip,type,kind");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",DecisionRevoked,CORRECTION,Dinas Kominfo,bkn.dedi,")
                .contains(promotionEventId);
    }

    @Test
    void anUnknownKindIsABadRequest() {
        ResponseEntity<Map> response = http.getForEntity("/api/v1/decision-trail?kind=HOLIDAY", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
        assertThat((List<Map>) response.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "kind")
                        .containsEntry("message", "berisi nilai dengan jenis atau format yang salah"));
    }

    private List<Map> history(Nip nip) {
        return (List<Map>) http.getForObject("/api/v1/civil-servants/{nip}/history", Map.class, nip.value())
                .get("events");
    }

    private static Map first(List<Map> history, String field, String value) {
        return history.stream().filter(event -> value.equals(event.get(field))).findFirst().orElseThrow();
    }

    /** This test's person's decisions among all that match: other tests in the shared store match too. */
    private List<Object> decisionTypes(String path) {
        return ((List<Map>) http.getForObject(path + "&size=1000", Map.class).get("decisions")).stream()
                .filter(decision -> NIP.value().equals(decision.get("nip")))
                .map(decision -> decision.get("type")).toList();
    }
}
