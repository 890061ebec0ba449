package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jejak.query.report.ReportEvents.annual;
import static id.jejak.query.report.ReportEvents.evaluated;
import static id.jejak.query.report.ReportEvents.placed;
import static id.jejak.query.report.ReportEvents.pns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
@SuppressWarnings("unchecked")
class PredicateDistributionReportTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;
    /** An auditor reads every report, finding and audit endpoint. */
    TestRestTemplate http;

    @BeforeEach
    void signInAsAuditor() {
        http = anonymous.withBasicAuth("auditor", "demo");
    }

    @Test
    void eachUnitShowsTheShareOfEveryPredicateBesideItsOrganisationPredicate() {
        var events = new ReportEvents(eventStore);
        Nip best = person(events, "198203042006041801", "RPT-PD");
        events.person(annual(best, 2025, Predicate.SANGAT_BAIK));
        events.person(annual(best, 2024, Predicate.KURANG));
        Nip good = person(events, "198203042006041802", "RPT-PD");
        events.person(annual(good, 2025, Predicate.BAIK));
        Nip alsoGood = person(events, "198203042006041803", "rpt-pd");
        events.person(annual(alsoGood, 2025, Predicate.BAIK));
        // corrected twice: the latest correction's predicate counts
        Nip corrected = person(events, "198203042006041804", "RPT-PD");
        PerformanceEvaluated evaluation = annual(corrected, 2025, Predicate.BAIK);
        var first = events.person(evaluation);
        var second = events.person(correction(evaluation, first, Predicate.KURANG));
        events.person(correction(evaluation, second, Predicate.BUTUH_PERBAIKAN));
        Nip poor = person(events, "198203042006041805", "RPT-PD");
        events.person(annual(poor, 2025, Predicate.KURANG));
        // a revoked evaluation and a periodic one are not the year's predicate
        Nip revoked = person(events, "198203042006041806", "RPT-PD");
        events.revoke(revoked, events.person(annual(revoked, 2025, Predicate.BAIK)));
        Nip periodic = person(events, "198203042006041807", "RPT-PD");
        events.person(evaluated(periodic, EvaluationKind.PERIODIC, 2025, Predicate.BAIK));
        // moved before the end of the evaluated year: counted in the unit they were in then
        Nip moved = person(events, "198203042006041808", "RPT-PD");
        events.person(placed(moved, "RPT-PD2", LocalDate.of(2025, 10, 1)));
        events.person(annual(moved, 2025, Predicate.SANGAT_KURANG));
        events.unit("RPT-PD", new OrganisationPerformanceRecorded(UnitCode.of("RPT-PD"), 2025,
                OrganisationPredicate.BAIK, "060/KIN/2026", LocalDate.of(2026, 2, 1)));
        events.unit("RPT-PD3", new OrganisationPerformanceRecorded(UnitCode.of("RPT-PD3"), 2025,
                OrganisationPredicate.KURANG, "060/KIN/2026", LocalDate.of(2026, 2, 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Map<String, Object>> units = units();
            assertThat(units.get("RPT-PD")).isEqualTo(Map.of("unit", "RPT-PD", "organisationPredicate", "BAIK",
                    "distribution", Map.of("evaluated", 5, "baikOrBetter", 3, "shareBaikOrBetter", 60.0,
                            "predicates", Map.of(
                                    "SANGAT_BAIK", share(1, 20.0),
                                    "BAIK", share(2, 40.0),
                                    "BUTUH_PERBAIKAN", share(1, 20.0),
                                    "KURANG", share(1, 20.0),
                                    "SANGAT_KURANG", share(0, 0.0)))));
            assertThat(units.get("RPT-PD2")).containsEntry("organisationPredicate", null);
            assertThat(map(units.get("RPT-PD2").get("distribution"))).containsEntry("evaluated", 1)
                    .containsEntry("shareBaikOrBetter", 0.0);
            assertThat(map(map(units.get("RPT-PD2").get("distribution")).get("predicates")).get("SANGAT_KURANG"))
                    .isEqualTo(share(1, 100.0));
        });
        // a unit whose predicate is recorded but none of whose staff were evaluated has no percentages
        Map<String, Object> unevaluated = map(units().get("RPT-PD3").get("distribution"));
        assertThat(unevaluated).containsEntry("evaluated", 0).containsEntry("shareBaikOrBetter", null);
        assertThat(map(map(unevaluated.get("predicates")).get("BAIK"))).containsEntry("percentage", null);
    }

    @Test
    void aYearThatIsNotANumberIsABadRequest() {
        var response = http.getForEntity("/api/v1/reports/predicate-distribution?year=last", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    private Map<String, Map<String, Object>> units() {
        Map<String, Object> report = http.getForObject("/api/v1/reports/predicate-distribution?year=2025",
                Map.class);
        Map<String, Map<String, Object>> units = new HashMap<>();
        ((List<Map<String, Object>>) report.get("units")).forEach(unit -> units.put((String) unit.get("unit"), unit));
        return units;
    }

    private static Nip person(ReportEvents events, String nip, String unit) {
        Nip person = Nip.of(nip);
        events.person(pns(person, "Pegawai " + nip.substring(15), unit, Rank.III_B, LocalDate.of(2018, 1, 1),
                Education.BACHELOR));
        return person;
    }

    private static PerformanceEvaluationCorrected correction(PerformanceEvaluated evaluation,
                                                             DomainEventMessage<?> corrected, Predicate predicate) {
        return new PerformanceEvaluationCorrected(evaluation.nip(), evaluation.evaluationId(),
                corrected.getIdentifier(), evaluation.kind(), evaluation.year(), evaluation.periodEnd(),
                Rating.AS_EXPECTED, Rating.BELOW_EXPECTATION, predicate, "test", "Inspektorat");
    }

    private static Map<String, Object> share(int count, double percentage) {
        return Map.of("count", count, "percentage", percentage);
    }

    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
