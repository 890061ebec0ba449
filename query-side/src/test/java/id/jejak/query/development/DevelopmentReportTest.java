package id.jejak.query.development;

import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentKind;
import id.jejak.kernel.development.DevelopmentNeedClosed;
import id.jejak.kernel.development.DevelopmentNeedIdentified;
import id.jejak.kernel.development.DevelopmentPlanApproved;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.DevelopmentPlanProposed;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.PlanItemRealised;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit's plan against its realisation, from the events alone: the version in force after an amendment, the items
 * carried out with the JP their completions earned, and who stays under 20 JP unless the rest is carried out.
 */
@QuerySideTest
@SuppressWarnings({"rawtypes", "unchecked"})
class DevelopmentReportTest {

    private static final UnitCode UNIT = UnitCode.of("RPT-DEV");
    private static final DevelopmentPlanId PLAN = new DevelopmentPlanId(UNIT, 2025);
    private static final Nip ANI = Nip.of("198304052007052801");
    private static final Nip EKO = Nip.of("198304052007051802");
    private static final UUID NEED = UUID.fromString("11111111-2222-4333-8444-555555555501");
    private static final UUID FIRST = UUID.fromString("11111111-2222-4333-8444-555555555502");
    private static final UUID SECOND = UUID.fromString("11111111-2222-4333-8444-555555555503");

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;

    @Test
    void thePlanInForceIsReportedAgainstWhatWasCarriedOutAndWhoStaysUnderTwentyJp() {
        var events = new RecordedEvents(eventStore);
        for (Nip nip : List.of(ANI, EKO)) {
            events.append(new CivilServantRegistered(nip, "Pegawai " + nip.value().substring(15),
                    EmploymentType.PNS, Rank.III_A, null, null, "RPT-DEV", "Analis", LocalDate.of(2015, 1, 2)),
                    "hr.test");
        }
        UUID training = UUID.randomUUID();
        events.append(new TrainingCompleted(ANI, training, LessonHours.of(22), LocalDate.of(2025, 5, 9), "S-1"),
                "hr.test");
        events.appendTo("DevelopmentNeed", NEED.toString(), new DevelopmentNeedIdentified(NEED, UNIT,
                List.of(ANI, EKO), NeedSource.COMPETENCY_GAP, null, null, CompetencyCategory.TECHNICAL,
                "Analisis data", 2, 3, "kesenjangan", LocalDate.of(2025, 1, 10), null), "hr.test");
        String plan = PLAN.toString();
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanProposed(PLAN, 1, null,
                List.of(item(FIRST, 24)), null, "hr.test"), "hr.test");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanApproved(PLAN, 1, LocalDate.of(2025, 1, 20),
                "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanProposed(PLAN, 2, 1,
                List.of(item(FIRST, 24), item(SECOND, 8)), "tambahan e-learning", "hr.test"), "hr.test");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanApproved(PLAN, 2, LocalDate.of(2025, 3, 1),
                "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", plan, new PlanItemRealised(PLAN, FIRST, ANI, DevelopmentKind.TRAINING,
                training, new BigDecimal("3000000")), "hr.test");
        events.appendTo("DevelopmentNeed", NEED.toString(), new DevelopmentNeedClosed(NEED, UNIT, ANI,
                DevelopmentKind.TRAINING, training), "hr.test");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map report = get("/api/v1/reports/development-plan?unit=rpt-dev&year=2025", "hr").getBody();
            assertThat(report).containsEntry("versionInForce", 2);
            assertThat((List<Map>) report.get("versions")).extracting(version -> version.get("status"))
                    .containsExactly("APPROVED", "APPROVED");
            assertThat((List<Map>) report.get("items")).hasSize(2).first()
                    .satisfies(first -> assertThat(first).containsEntry("itemId", FIRST.toString())
                            .containsEntry("route", "CLASSICAL").containsEntry("realised", 1)
                            .containsEntry("done", false).containsEntry("earnedJp", 22));
            assertThat((Map) report.get("totals")).containsEntry("items", 2).containsEntry("itemsDone", 0)
                    .containsEntry("plannedJp", 64).containsEntry("earnedJp", 22).containsEntry("people", 2)
                    .containsEntry("peopleCovered", 1).containsEntry("actualCost", 3000000.0);
            assertThat((List<Map>) report.get("atRisk")).singleElement().satisfies(person ->
                    assertThat(person).containsEntry("nip", EKO.value()).containsEntry("earnedJp", 0)
                            .containsEntry("remainingJp", 32).containsEntry("reachesObligationWithThePlan", true));
        });
        Map person = get("/api/v1/reports/development-plan/people/" + ANI.value() + "?year=2025", "auditor")
                .getBody();
        assertThat(person).containsEntry("earnedJp", 22).containsEntry("requiredJp", 20);
        assertThat((List<Map>) person.get("items")).extracting(item -> item.get("realised"))
                .containsExactly(false, true);
        assertThat((List<Map>) person.get("needs")).singleElement().satisfies(need ->
                assertThat(need).containsEntry("status", "CLOSED").containsEntry("closedByNip", ANI.value()));
        assertThat((List<Map>) get("/api/v1/reports/development-needs?unit=RPT-DEV&status=OPEN", "hr").getBody())
                .isEmpty();
    }

    @Test
    void aPlanNeverProposedHasNoVersionInForceAndNothingPlanned() {
        Map report = get("/api/v1/reports/development-plan?unit=RPT-NONE&year=2025", "hr").getBody();

        assertThat(report).containsEntry("versionInForce", null).containsEntry("items", List.of());
    }

    @Test
    void anUnknownNeedStatusIsABadRequest() {
        ResponseEntity<Map> response = get("/api/v1/reports/development-needs?unit=RPT-DEV&status=DONE", "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    @Test
    void anEmployeeReadsNoUnitsPlan() {
        assertThat(get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", "employee").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static PlanItem item(UUID itemId, int lessonHours) {
        return new PlanItem(itemId, List.of(NEED), List.of(ANI, EKO), CompetencyCategory.TECHNICAL,
                lessonHours > 10 ? TrainingKind.CLASSROOM : TrainingKind.E_LEARNING, "Analisis Data " + lessonHours,
                LessonHours.of(lessonHours), null, lessonHours > 10 ? 1 : 2, new BigDecimal("1000000"));
    }

    private ResponseEntity<Map> get(String path, String user) {
        return anonymous.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }
}
