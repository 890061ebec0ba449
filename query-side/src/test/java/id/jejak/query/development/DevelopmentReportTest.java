package id.jejak.query.development;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentKind;
import id.jejak.kernel.development.DevelopmentNeedClosed;
import id.jejak.kernel.development.DevelopmentNeedIdentified;
import id.jejak.kernel.development.DevelopmentPlanApproved;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.DevelopmentPlanProposed;
import id.jejak.kernel.development.DevelopmentPlanRejected;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.PlanItemRealised;
import id.jejak.kernel.programme.FollowUpDecision;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeFollowUpDecided;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import id.jejak.query.RecordedEvents;
import id.jejak.query.admin.ProjectionRebuilds;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A unit's plan against its realisation and a person's development, from the events alone. The unit's plan of 2025
 * was amended once (version 2 in force) and a third version rejected. Version 2 has three items:
 * <ul>
 *   <li>a classroom training of 24 JP for Ani and Eko, estimated at 6,000,000; Ani carried it out (22 JP earned,
 *       3,000,000 spent), Eko not yet;</li>
 *   <li>an e-learning of 8 JP for Eko, estimated at 500,000, carried out (8 JP, 400,000): the one item done;</li>
 *   <li>a seminar of 4 JP for Fajar, estimated at 200,000, not carried out.</li>
 * </ul>
 * So Ani has her 20 JP; Eko (8 JP) reaches them only if the classroom training is carried out; Fajar (0 JP) does not
 * reach them even with the plan.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class DevelopmentReportTest {

    private static final UnitCode UNIT = UnitCode.of("RPT-DEV");
    private static final DevelopmentPlanId PLAN = new DevelopmentPlanId(UNIT, 2025);
    private static final Nip ANI = Nip.of("198304052007052801");
    private static final Nip EKO = Nip.of("198304052007051802");
    private static final Nip FAJAR = Nip.of("198304052007051803");
    private static final UUID GAP = UUID.fromString("11111111-2222-4333-8444-555555555501");
    private static final UUID SEMINAR_NEED = UUID.fromString("11111111-2222-4333-8444-555555555504");
    private static final UUID CLASSROOM = UUID.fromString("11111111-2222-4333-8444-555555555502");
    private static final UUID E_LEARNING = UUID.fromString("11111111-2222-4333-8444-555555555503");
    private static final UUID SEMINAR = UUID.fromString("11111111-2222-4333-8444-555555555505");

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ProjectionRebuilds rebuilds;

    @BeforeAll
    void recordTheYear() {
        var events = new RecordedEvents(eventStore);
        for (Nip nip : List.of(ANI, EKO, FAJAR)) {
            events.append(new CivilServantRegistered(nip, "Pegawai " + nip.value().substring(15),
                    EmploymentType.PNS, Rank.III_A, null, null, "RPT-DEV", "Analis", LocalDate.of(2015, 1, 2)),
                    "hr.test");
        }
        UUID aniTraining = UUID.randomUUID();
        UUID ekoTraining = UUID.randomUUID();
        events.append(new TrainingCompleted(ANI, aniTraining, LessonHours.of(22), LocalDate.of(2025, 5, 9), "S-1"),
                "hr.test");
        events.append(new TrainingCompleted(EKO, ekoTraining, LessonHours.of(8), LocalDate.of(2025, 6, 2), "S-2"),
                "hr.test");
        events.appendTo("DevelopmentNeed", GAP.toString(), new DevelopmentNeedIdentified(GAP, UNIT,
                List.of(ANI, EKO), NeedSource.COMPETENCY_GAP, null, null, CompetencyCategory.TECHNICAL,
                "Analisis data", 2, 3, "kesenjangan", LocalDate.of(2025, 1, 10), null), "hr.test");
        events.appendTo("DevelopmentNeed", SEMINAR_NEED.toString(), new DevelopmentNeedIdentified(SEMINAR_NEED,
                UNIT, List.of(FAJAR), NeedSource.COMPETENCY_GAP, null, null, CompetencyCategory.MANAGERIAL,
                "Manajemen rapat", 1, 2, "kesenjangan", LocalDate.of(2025, 1, 11), null), "hr.test");
        String plan = PLAN.toString();
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanProposed(PLAN, 1, null,
                List.of(classroom()), null, "hr.test"), "hr.test");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanApproved(PLAN, 1, LocalDate.of(2025, 1, 20),
                "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanProposed(PLAN, 2, 1,
                List.of(classroom(), eLearning(), seminar()), "tambahan e-learning dan seminar", "hr.test"),
                "hr.test");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanApproved(PLAN, 2, LocalDate.of(2025, 3, 1),
                "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanProposed(PLAN, 3, 2, List.of(classroom()),
                "seminar dibatalkan", "hr.test"), "hr.test");
        events.appendTo("DevelopmentPlan", plan, new DevelopmentPlanRejected(PLAN, 3, LocalDate.of(2025, 4, 1),
                "seminar tetap diperlukan", "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", plan, new PlanItemRealised(PLAN, CLASSROOM, ANI, DevelopmentKind.TRAINING,
                aniTraining, new BigDecimal("3000000")), "hr.test");
        events.appendTo("DevelopmentPlan", plan, new PlanItemRealised(PLAN, E_LEARNING, EKO,
                DevelopmentKind.TRAINING, ekoTraining, new BigDecimal("400000")), "hr.test");
        events.appendTo("DevelopmentNeed", GAP.toString(), new DevelopmentNeedClosed(GAP, UNIT, ANI,
                DevelopmentKind.TRAINING, aniTraining), "hr.test");
        awaitTheReportOfTheYear();
    }

    @Test
    void thePlanInForceIsReportedWithEachItemAgainstWhatWasCarriedOut() {
        Map report = plan("hr");

        assertThat(report).containsEntry("versionInForce", 2);
        assertThat((List<Map>) report.get("versions")).extracting(version -> version.get("status"))
                .containsExactly("APPROVED", "APPROVED", "REJECTED");
        assertThat((List<Map>) report.get("items")).extracting(item -> item.get("itemId"), item -> item.get("route"),
                        item -> item.get("people"), item -> item.get("realised"), item -> item.get("done"),
                        item -> item.get("earnedJp"), item -> item.get("actualCost"))
                .containsExactly(
                        tuple(CLASSROOM.toString(), "CLASSICAL", 2, 1, false, 22, 3000000.0),
                        tuple(E_LEARNING.toString(), "NON_CLASSICAL", 1, 1, true, 8, 400000.0),
                        tuple(SEMINAR.toString(), "CLASSICAL", 1, 0, false, 0, null));
    }

    @Test
    void theTotalsCountItemsDoneJpPlannedAndEarnedPeopleCoveredAndCost() {
        assertThat((Map) plan("auditor").get("totals")).containsEntry("items", 3).containsEntry("itemsDone", 1)
                .containsEntry("plannedJp", 24 * 2 + 8 + 4).containsEntry("earnedJp", 22 + 8)
                .containsEntry("people", 3).containsEntry("peopleCovered", 2)
                .containsEntry("estimatedCost", 6700000.0).containsEntry("actualCost", 3400000.0);
    }

    @Test
    void whoStaysUnderTwentyJpUnlessTheRestOfThePlanIsCarriedOutIsListed() {
        assertThat((List<Map>) plan("hr").get("atRisk")).extracting(person -> person.get("nip"),
                        person -> person.get("earnedJp"), person -> person.get("remainingJp"),
                        person -> person.get("reachesObligationWithThePlan"))
                .containsExactly(tuple(EKO.value(), 8, 24, true), tuple(FAJAR.value(), 0, 4, false));
    }

    @Test
    void aPersonsReportShowsTheirItemsWhatTheyEarnedAndTheirNeedsAndAnAuditorsReadIsLogged() {
        Map eko = get("/api/v1/reports/development-plan/people/" + EKO.value() + "?year=2025", "auditor")
                .getBody();

        assertThat(eko).containsEntry("earnedJp", 8).containsEntry("requiredJp", 20);
        assertThat((List<Map>) eko.get("items")).extracting(item -> item.get("itemId"),
                        item -> item.get("plannedJp"), item -> item.get("realised"), item -> item.get("earnedJp"))
                .containsExactly(tuple(CLASSROOM.toString(), 24, false, 0), tuple(E_LEARNING.toString(), 8, true, 8));
        Map log = get("/api/v1/admin/access-log?nip=" + EKO.value(), "admin").getBody();
        assertThat((List<Map>) log.get("entries"))
                .extracting(entry -> entry.get("readerId"), entry -> entry.get("path"))
                .contains(tuple("auditor", "/api/v1/reports/development-plan/people/" + EKO.value() + "?year=2025"));
        Map ani = get("/api/v1/reports/development-plan/people/" + ANI.value() + "?year=2025", "hr").getBody();
        assertThat(ani).containsEntry("earnedJp", 22);
        assertThat((List<Map>) ani.get("needs")).singleElement().satisfies(need ->
                assertThat(need).containsEntry("status", "CLOSED").containsEntry("closedByNip", ANI.value()));
    }

    @Test
    void aUnitsNeedsAreListedByStatus() {
        assertThat(needs("/api/v1/reports/development-needs?unit=RPT-DEV&status=OPEN"))
                .extracting(need -> need.get("needId")).containsExactly(SEMINAR_NEED.toString());
        assertThat(needs("/api/v1/reports/development-needs?unit=rpt-dev"))
                .extracting(need -> need.get("status")).containsExactly("CLOSED", "OPEN");
    }

    @Test
    void aRebuiltDevelopmentProjectionReportsTheSameFigures() {
        Map live = plan("hr");

        rebuilds.rebuild(DevelopmentProjection.NAME);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                rebuilds.status(DevelopmentProjection.NAME).lastRebuild().state()).isEqualTo("SERVING"));
        ResponseEntity<Map> rebuilt = get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", "hr");
        assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rebuilt.getBody()).isEqualTo(live);
    }

    @Test
    void aRevokedCompletionStopsCountingForTheItemItRealised() {
        UnitCode unit = UnitCode.of("RPT-REV");
        DevelopmentPlanId plan = new DevelopmentPlanId(unit, 2025);
        Nip gita = Nip.of("198304052007052804");
        UUID need = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        UUID training = UUID.randomUUID();
        var events = new RecordedEvents(eventStore);
        events.append(new CivilServantRegistered(gita, "Gita", EmploymentType.PNS, Rank.III_A, null, null,
                "RPT-REV", "Analis", LocalDate.of(2015, 1, 2)), "hr.test");
        String completion = events.append(new TrainingCompleted(gita, training, LessonHours.of(24),
                LocalDate.of(2025, 5, 9), "S-3"), "hr.test").getIdentifier();
        events.appendTo("DevelopmentNeed", need.toString(), new DevelopmentNeedIdentified(need, unit, List.of(gita),
                NeedSource.COMPETENCY_GAP, null, null, CompetencyCategory.TECHNICAL, "Analisis data", 2, 3,
                "kesenjangan", LocalDate.of(2025, 1, 10), null), "hr.test");
        events.appendTo("DevelopmentPlan", plan.toString(), new DevelopmentPlanProposed(plan, 1, null,
                List.of(new PlanItem(item, List.of(need), List.of(gita), CompetencyCategory.TECHNICAL,
                        TrainingKind.CLASSROOM, "Analisis Data", LessonHours.of(24), null, 2, null)), null,
                "hr.test"), "hr.test");
        events.appendTo("DevelopmentPlan", plan.toString(), new DevelopmentPlanApproved(plan, 1,
                LocalDate.of(2025, 1, 20), "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", plan.toString(), new PlanItemRealised(plan, item, gita,
                DevelopmentKind.TRAINING, training, null), "hr.test");
        events.append(new DecisionRevoked(gita, completion, "TrainingCompleted", LocalDate.of(2025, 7, 1), "BKPSDM",
                new Decree("800/REV/2025", LocalDate.of(2025, 6, 25))), "approver");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map report = get("/api/v1/reports/development-plan?unit=RPT-REV&year=2025", "hr").getBody();
            assertThat((List<Map>) report.get("items")).singleElement().satisfies(realised ->
                    assertThat(realised).containsEntry("realised", 1).containsEntry("earnedJp", 0));
            assertThat((List<Map>) report.get("atRisk")).extracting(person -> person.get("nip"),
                    person -> person.get("earnedJp")).containsExactly(tuple(gita.value(), 0));
        });
    }

    /**
     * The 2025 plan's mentoring "Pelayanan Prima" was carried out by a programme whose evaluation led to a revised
     * curriculum; the 2026 plan's item of the same line (same form, the title written differently) carries that
     * decision, an item of another title or another form does not.
     */
    @Test
    void nextYearsItemOfTheSameLineCarriesTheProgrammesFollowUp() {
        UnitCode unit = UnitCode.of("RPT-FUP");
        DevelopmentPlanId lastYear = new DevelopmentPlanId(unit, 2025);
        DevelopmentPlanId nextYear = new DevelopmentPlanId(unit, 2026);
        Nip hana = Nip.of("198304052007052806");
        UUID programme = UUID.randomUUID();
        UUID mentored = UUID.randomUUID();
        UUID sameLine = UUID.randomUUID();
        UUID otherTitle = UUID.randomUUID();
        UUID otherForm = UUID.randomUUID();
        var events = new RecordedEvents(eventStore);
        events.appendTo("Programme", programme.toString(), new ProgrammeCreated(programme, "Mentoring Pelayanan",
                TrainingKind.MENTORING, null, null, 10, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30),
                LessonHours.of(10)), "hr.test");
        events.appendTo("DevelopmentPlan", lastYear.toString(), new DevelopmentPlanProposed(lastYear, 1, null,
                List.of(mentoring(mentored, "Pelayanan Prima", TrainingKind.MENTORING, hana)), null, "hr.test"),
                "hr.test");
        events.appendTo("DevelopmentPlan", lastYear.toString(), new DevelopmentPlanApproved(lastYear, 1,
                LocalDate.of(2025, 1, 20), "hr.test", "approver"), "approver");
        events.appendTo("DevelopmentPlan", lastYear.toString(), new PlanItemRealised(lastYear, mentored, hana,
                DevelopmentKind.PROGRAMME, programme, null), "hr.test");
        events.appendTo("Programme", programme.toString(), new ProgrammeFollowUpDecided(programme,
                FollowUpDecision.REVISE_CURRICULUM, "tambah modul pengaduan", "rata-rata penilaian 3,4",
                LocalDate.of(2025, 7, 15), 8, new BigDecimal("3.40"), "kabid"), "kabid");
        events.appendTo("DevelopmentPlan", nextYear.toString(), new DevelopmentPlanProposed(nextYear, 1, null,
                List.of(mentoring(sameLine, "  pelayanan   PRIMA ", TrainingKind.MENTORING, hana),
                        mentoring(otherTitle, "Pelayanan Publik", TrainingKind.MENTORING, hana),
                        mentoring(otherForm, "Pelayanan Prima", TrainingKind.CLASSROOM, hana)), null, "hr.test"),
                "hr.test");
        events.appendTo("DevelopmentPlan", nextYear.toString(), new DevelopmentPlanApproved(nextYear, 1,
                LocalDate.of(2026, 1, 20), "hr.test", "approver"), "approver");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map report = get("/api/v1/reports/development-plan?unit=RPT-FUP&year=2026", "hr").getBody();
            Map<String, Map> items = new HashMap<>();
            ((List<Map>) report.get("items")).forEach(item -> items.put((String) item.get("itemId"), item));
            // an assertion, not a dereference, while the projection has not seen the plan: await retries only those
            assertThat(items).containsKeys(sameLine.toString(), otherTitle.toString(), otherForm.toString());
            assertThat((Map) items.get(sameLine.toString()).get("followUp"))
                    .containsEntry("programmeId", programme.toString())
                    .containsEntry("programmeTitle", "Mentoring Pelayanan").containsEntry("fromYear", 2025)
                    .containsEntry("decision", "REVISE_CURRICULUM")
                    .containsEntry("curriculumChanges", "tambah modul pengaduan")
                    .containsEntry("decidedOn", "2025-07-15");
            assertThat(items.get(otherTitle.toString())).containsEntry("followUp", null);
            assertThat(items.get(otherForm.toString())).containsEntry("followUp", null);
        });
    }

    private static PlanItem mentoring(UUID itemId, String title, TrainingKind form, Nip nip) {
        return new PlanItem(itemId, List.of(UUID.randomUUID()), List.of(nip), CompetencyCategory.SOCIO_CULTURAL,
                form, title, LessonHours.of(10), null, 2, null);
    }

    @Test
    void aUnitWithNoPlanHasNoVersionInForceAndNothingPlanned() {
        Map report = get("/api/v1/reports/development-plan?unit=RPT-NONE&year=2025", "hr").getBody();

        assertThat(report).containsEntry("versionInForce", null).containsEntry("items", List.of());
        assertThat((Map) report.get("totals")).containsEntry("plannedJp", 0).containsEntry("people", 0);
    }

    @Test
    void aYearOutsideThePlansRangeIsABadRequest() {
        ResponseEntity<Map> unit = get("/api/v1/reports/development-plan?unit=RPT-DEV&year=1999", "hr");
        ResponseEntity<Map> person = get("/api/v1/reports/development-plan/people/" + ANI.value() + "?year=2101",
                "hr");

        assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unit.getBody()).containsEntry("code", "PARAMETER_INVALID");
        assertThat(person.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(person.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    @Test
    void aUnitThatIsNoUnitCodeIsABadRequest() {
        ResponseEntity<Map> response = get("/api/v1/reports/development-plan?unit=1-DEV&year=2025", "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "UNIT_CODE_INVALID");
    }

    @Test
    void anUnknownNeedStatusIsABadRequest() {
        ResponseEntity<Map> response = get("/api/v1/reports/development-needs?unit=RPT-DEV&status=DONE", "hr");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "PARAMETER_INVALID");
    }

    @Test
    void anHrOfficerBoundToOtherUnitsReadsNeitherThePlanNorTheNeedsOfThisOne() {
        ResponseEntity<Map> plan = get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", "hr.dinkes");
        ResponseEntity<Map> needs = get("/api/v1/reports/development-needs?unit=RPT-DEV", "hr.dinkes");

        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plan.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
        assertThat((Map) plan.getBody().get("facts")).containsEntry("unit", "RPT-DEV");
        assertThat(needs.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(needs.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
    }

    @Test
    void anEmployeeOrAnInspectorReadsNoUnitsPlan() {
        assertThat(get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", "employee").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", "inspector").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Both projections have caught up with the year once Fajar's seminar shows and Eko's e-learning is done. */
    private void awaitTheReportOfTheYear() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ResponseEntity<Map> response = get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", "hr");
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat((Map) response.getBody().get("totals")).containsEntry("itemsDone", 1)
                    .containsEntry("earnedJp", 30).containsEntry("people", 3);
        });
    }

    private Map plan(String user) {
        return get("/api/v1/reports/development-plan?unit=RPT-DEV&year=2025", user).getBody();
    }

    private static PlanItem classroom() {
        return new PlanItem(CLASSROOM, List.of(GAP), List.of(ANI, EKO), CompetencyCategory.TECHNICAL,
                TrainingKind.CLASSROOM, "Analisis Data", LessonHours.of(24), "BPSDM Provinsi", 1,
                new BigDecimal("6000000"));
    }

    private static PlanItem eLearning() {
        return new PlanItem(E_LEARNING, List.of(GAP), List.of(EKO), CompetencyCategory.TECHNICAL,
                TrainingKind.E_LEARNING, "Dasar Statistik", LessonHours.of(8), null, 2, new BigDecimal("500000"));
    }

    private static PlanItem seminar() {
        return new PlanItem(SEMINAR, List.of(SEMINAR_NEED), List.of(FAJAR), CompetencyCategory.MANAGERIAL,
                TrainingKind.SEMINAR, "Rapat Efektif", LessonHours.of(4), null, 3, new BigDecimal("200000"));
    }

    private List<Map> needs(String path) {
        return anonymous.withBasicAuth("hr", "demo").getForObject(path, List.class);
    }

    private ResponseEntity<Map> get(String path, String user) {
        return anonymous.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }
}
