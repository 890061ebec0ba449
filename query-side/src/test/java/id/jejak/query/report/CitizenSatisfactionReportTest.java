package id.jejak.query.report;

import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.CitizenSatisfactionRecorded;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.jejak.query.report.ReportEvents.annual;
import static id.jejak.query.report.ReportEvents.pns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
@SuppressWarnings("unchecked")
class CitizenSatisfactionReportTest {

    static final UnitCode UNIT = UnitCode.of("RPT-SKM");
    static final UnitCode UNSURVEYED = UnitCode.of("RPT-SKM2");

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
    void aUnitsSurveyResultsOfTheYearStandBesideItsLatestPredicateAndItsStaffsPredicates() {
        var events = new ReportEvents(eventStore);
        events.unit(UNIT.value(), survey(UNIT, 2024, "2024", "70.00", SatisfactionGrade.C, 300));
        events.unit(UNIT.value(), survey(UNIT, 2025, "2025-S2", "89.10", SatisfactionGrade.A, 380));
        events.unit(UNIT.value(), survey(UNIT, 2025, "2025-S1", "82.47", SatisfactionGrade.B, 400));
        var recorded = events.unit(UNIT.value(), new OrganisationPerformanceRecorded(UNIT, 2025,
                OrganisationPredicate.BAIK, "060/KIN/2026", LocalDate.of(2026, 2, 1)));
        events.unit(UNIT.value(), new OrganisationPerformanceCorrected(UNIT, 2025, OrganisationPredicate.BAIK,
                OrganisationPredicate.ISTIMEWA, recorded.getIdentifier(), "salah ketik", "Bupati"));
        events.unit(UNSURVEYED.value(), new OrganisationPerformanceRecorded(UNSURVEYED, 2025,
                OrganisationPredicate.KURANG, "061/KIN/2026", LocalDate.of(2026, 2, 1)));
        // the staff's unit is written as free text; it meets the unit's code however it is spaced or cased
        staff(events, "198304052007051901", " rpt-skm ", Predicate.SANGAT_BAIK);
        staff(events, "198304052007051902", "RPT-SKM", Predicate.BAIK);
        staff(events, "198304052007051903", "Rpt-Skm", Predicate.KURANG);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> unit = unit(UNIT.value());
            assertThat(unit).containsEntry("organisationPredicate", "ISTIMEWA");
            assertThat(unit.get("results")).isEqualTo(List.of(
                    Map.of("period", "2025-S1", "index", 82.47, "grade", "B", "respondents", 400,
                            "gradePolicy", "PermenPANRB-14-2017"),
                    Map.of("period", "2025-S2", "index", 89.1, "grade", "A", "respondents", 380,
                            "gradePolicy", "PermenPANRB-14-2017")));
            assertThat((Map<String, Object>) unit.get("performance")).containsEntry("evaluated", 3)
                    .containsEntry("baikOrBetter", 2).containsEntry("shareBaikOrBetter", 66.7);
        });
        Map<String, Object> unsurveyed = unit(UNSURVEYED.value());
        assertThat(unsurveyed).containsEntry("organisationPredicate", "KURANG").containsEntry("results", List.of());
        assertThat((Map<String, Object>) unsurveyed.get("performance")).containsEntry("evaluated", 0);
    }

    private Map<String, Object> unit(String code) {
        Map<String, Object> report = http.getForObject("/api/v1/reports/citizen-satisfaction?year=2025", Map.class);
        assertThat(report).containsEntry("year", 2025);
        var unit = ((List<Map<String, Object>>) report.get("units")).stream()
                .filter(row -> code.equals(row.get("unit"))).findFirst();
        assertThat(unit).as("unit %s in the report", code).isPresent();
        return unit.get();
    }

    private static void staff(ReportEvents events, String nip, String unit, Predicate predicate) {
        Nip person = Nip.of(nip);
        events.person(pns(person, "Staf " + nip.substring(15), unit, Rank.II_C, LocalDate.of(2017, 1, 1),
                Education.SENIOR_HIGH));
        events.person(annual(person, 2025, predicate));
    }

    private static CitizenSatisfactionRecorded survey(UnitCode unit, int year, String period, String index,
                                                      SatisfactionGrade grade, int respondents) {
        return new CitizenSatisfactionRecorded(unit, year, period, SatisfactionIndex.of(new BigDecimal(index)),
                grade, respondents, "PermenPANRB-14-2017");
    }
}
