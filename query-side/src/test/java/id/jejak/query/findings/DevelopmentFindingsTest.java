package id.jejak.query.findings;

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
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.query.findings.Histories.annual;
import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The development findings with the default settings: a unit's plan approved by 31 January of its year, a need met
 * within a year, a development action within 180 days of a predicate below Baik, every plan item realised by the end
 * of its year.
 */
@QuerySideTest
class DevelopmentFindingsTest extends FindingsCheckerTest {

    /** 23:00 on 31 January 2026 in Jakarta: the last hour of the day a 2026 plan is due. */
    private static final Instant LAST_HOUR_OF_THE_DEADLINE = Instant.parse("2026-01-31T16:00:00Z");
    /** 01:00 on 10 January 2025 in Jakarta. */
    private static final Instant EVALUATION_RECORDED = Instant.parse("2025-01-09T18:00:00Z");
    /** 180 days after 10 January 2025. */
    private static final LocalDate LAST_DAY_FOR_AN_ACTION = LocalDate.of(2025, 7, 9);

    @Test
    void unitWithoutAnApprovedPlanByTheDeadlineIsAFinding() {
        String unproposed = unitWithStaff();
        String proposedOnly = unitWithStaff();
        String approvedLate = unitWithStaff();
        propose(proposedOnly, 2026, Instant.parse("2026-01-10T03:00:00Z"), item(newNip()));
        propose(approvedLate, 2026, Instant.parse("2026-01-10T03:00:00Z"), item(newNip()));
        approve(approvedLate, 2026, LocalDate.of(2026, 1, 30), Instant.parse("2026-02-04T17:30:00Z"));
        awaitPlanStatus(approvedLate, 2026, "APPROVED");
        awaitPlanStatus(proposedOnly, 2026, "PROPOSED");

        for (String unit : List.of(unproposed, proposedOnly)) {
            assertThat(planFindings(unit, LocalDate.of(2026, 1, 31))).isEmpty();
            assertThat(planFindings(unit, LocalDate.of(2026, 2, 1))).singleElement().satisfies(finding -> {
                assertThat(finding.subject()).isEqualTo(unit + "/2026");
                assertThat(finding.unit()).isEqualTo(unit);
                assertThat(finding.nips()).isEmpty();
                assertThat(finding.facts()).containsEntry("deadline", LocalDate.of(2026, 1, 31))
                        .containsEntry("staff", 1).containsEntry("approvalRecordedOn", "-");
            });
        }
        // approved on a date written as 30 January, but recorded on 5 February in Jakarta
        assertThat(planFindings(approvedLate, LocalDate.of(2026, 3, 1))).singleElement().satisfies(finding ->
                assertThat(finding.facts()).containsEntry("approvalRecordedOn", LocalDate.of(2026, 2, 5)));
    }

    @Test
    void unitWhosePlanWasApprovedInTimeHasNoFinding() {
        String unit = unitWithStaff();
        propose(unit, 2026, Instant.parse("2026-01-10T03:00:00Z"), item(newNip()));
        approve(unit, 2026, LocalDate.of(2026, 1, 31), LAST_HOUR_OF_THE_DEADLINE);
        awaitPlanStatus(unit, 2026, "APPROVED");
        // a unit nobody was in on the day owes no plan
        String empty = newUnit();
        Nip left = newNip();
        histories.register(left, Rank.III_A, LocalDate.of(2020, 1, 1), empty, LocalDate.of(2020, 1, 1));
        histories.awaitRead(histories.append(Histories.placed(left, newUnit(), LocalDate.of(2025, 6, 1))));

        assertThat(planFindings(unit, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(planFindings(empty, LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void needLeftUnansweredForAYearIsAFinding() {
        String unit = newUnit();
        Nip nip = newNip();
        UUID need = identify(unit, nip, LocalDate.of(2025, 1, 10));
        awaitNeedStatus(need, "OPEN");

        assertThat(needFindings(unit, LocalDate.of(2026, 1, 10))).isEmpty();
        assertThat(needFindings(unit, LocalDate.of(2026, 1, 11))).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo(need.toString());
            assertThat(finding.nips()).containsExactly(nip.value());
            assertThat(finding.year()).isEqualTo(2025);
            assertThat(finding.facts()).containsEntry("status", "OPEN")
                    .containsEntry("deadline", LocalDate.of(2026, 1, 10));
        });
    }

    @Test
    void needMetByADevelopmentHasNoFindingHoweverOld() {
        String unit = newUnit();
        Nip nip = newNip();
        UUID need = identify(unit, nip, LocalDate.of(2023, 1, 10));
        histories.appendTo("DevelopmentNeed", need.toString(), new DevelopmentNeedClosed(need, UnitCode.of(unit), nip,
                DevelopmentKind.TRAINING, UUID.randomUUID()));
        awaitNeedStatus(need, "CLOSED");

        assertThat(needFindings(unit, LocalDate.of(2026, 1, 11))).isEmpty();
    }

    @Test
    void underPerformerWithNoDevelopmentActionIsAFinding() {
        Nip nip = registered(newUnit());
        // before the period evaluated ended: not an answer to it
        histories.append(new TrainingCompleted(nip, UUID.randomUUID(), LessonHours.of(24), LocalDate.of(2024, 6, 1),
                "S-1"));
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.KURANG);
        var evaluated = histories.append(evaluation, EVALUATION_RECORDED);
        histories.awaitRead(evaluated);

        assertThat(underPerformerFindings(nip, LAST_DAY_FOR_AN_ACTION)).isEmpty();
        assertThat(underPerformerFindings(nip, LAST_DAY_FOR_AN_ACTION.plusDays(1))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.subject()).isEqualTo(evaluated.getIdentifier());
                    assertThat(finding.year()).isEqualTo(2024);
                    assertThat(finding.facts()).containsEntry("predicate", "KURANG")
                            .containsEntry("from", LocalDate.of(2024, 12, 31))
                            .containsEntry("deadline", LAST_DAY_FOR_AN_ACTION).containsEntry("withinDays", 180);
                });
    }

    @Test
    void underPerformerWithANeedAPlanItemOrATrainingInTimeHasNoFinding() {
        String unit = newUnit();
        Nip withNeed = registered(unit);
        Nip inPlan = registered(unit);
        Nip trained = registered(unit);
        identify(unit, withNeed, LocalDate.of(2025, 3, 1));
        propose(unit, 2025, Instant.parse("2025-01-15T03:00:00Z"), item(inPlan));
        approve(unit, 2025, LocalDate.of(2025, 1, 20), Instant.parse("2025-01-20T03:00:00Z"));
        var training = histories.append(new TrainingCompleted(trained, UUID.randomUUID(), LessonHours.of(24),
                LAST_DAY_FOR_AN_ACTION, "S-2"));
        for (Nip nip : List.of(withNeed, inPlan, trained)) {
            histories.awaitRead(histories.append(annual(nip, 2024, Predicate.BUTUH_PERBAIKAN), EVALUATION_RECORDED));
        }
        histories.awaitRead(training);
        awaitPlanStatus(unit, 2025, "APPROVED");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from development_need where ? = any(nips)").param(withNeed.value())
                .query(Long.class).single() == 1);

        for (Nip nip : List.of(withNeed, inPlan, trained)) {
            assertThat(underPerformerFindings(nip, LocalDate.of(2025, 12, 1))).as(nip.value()).isEmpty();
        }
    }

    @Test
    void planItemNeverRealisedForSomeOfItsPeopleOnceTheYearEndedIsAFinding() {
        String unit = newUnit();
        Nip realised = newNip();
        Nip missed = newNip();
        PlanItem item = item(realised, missed);
        propose(unit, 2024, Instant.parse("2024-01-10T03:00:00Z"), item);
        approve(unit, 2024, LocalDate.of(2024, 1, 20), Instant.parse("2024-01-20T03:00:00Z"));
        realise(unit, 2024, item, realised);
        awaitRealisations(unit, 2024, 1);

        assertThat(itemFindings(unit, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(itemFindings(unit, LocalDate.of(2025, 1, 1))).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo(unit + "/2024/" + item.itemId());
            assertThat(finding.nips()).containsExactly(missed.value());
            assertThat(finding.facts()).containsEntry("people", 2).containsEntry("notRealised", 1)
                    .containsEntry("title", "Analisis Kebijakan");
        });
    }

    @Test
    void planItemRealisedForAllItsPeopleHasNoFinding() {
        String unit = newUnit();
        Nip first = newNip();
        Nip second = newNip();
        PlanItem item = item(first, second);
        propose(unit, 2024, Instant.parse("2024-01-10T03:00:00Z"), item);
        approve(unit, 2024, LocalDate.of(2024, 1, 20), Instant.parse("2024-01-20T03:00:00Z"));
        realise(unit, 2024, item, first);
        realise(unit, 2024, item, second);
        awaitRealisations(unit, 2024, 2);

        assertThat(itemFindings(unit, LocalDate.of(2025, 1, 1))).isEmpty();
    }

    private String unitWithStaff() {
        String unit = newUnit();
        histories.awaitRead(registered(unit, LocalDate.of(2020, 1, 1)));
        return unit;
    }

    private Nip registered(String unit) {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), unit, LocalDate.of(2020, 1, 1));
        return nip;
    }

    private GenericDomainEventMessage<?> registered(String unit, LocalDate since) {
        return histories.register(newNip(), Rank.III_A, since, unit, since);
    }

    private static PlanItem item(Nip... nips) {
        return new PlanItem(UUID.randomUUID(), List.of(UUID.randomUUID()), List.of(nips),
                CompetencyCategory.TECHNICAL, TrainingKind.CLASSROOM, "Analisis Kebijakan", LessonHours.of(24),
                null, 2, null);
    }

    private UUID identify(String unit, Nip nip, LocalDate identifiedOn) {
        UUID need = UUID.randomUUID();
        histories.appendTo("DevelopmentNeed", need.toString(), new DevelopmentNeedIdentified(need,
                UnitCode.of(unit), List.of(nip), NeedSource.COMPETENCY_GAP, null, null,
                CompetencyCategory.TECHNICAL, "Analisis kebijakan", 2, 3, "kesenjangan", identifiedOn, null));
        return need;
    }

    private void propose(String unit, int year, Instant recordedAt, PlanItem... items) {
        DevelopmentPlanId plan = new DevelopmentPlanId(UnitCode.of(unit), year);
        histories.appendTo("DevelopmentPlan", plan.toString(), new DevelopmentPlanProposed(plan, 1, null,
                List.of(items), null, "hr.siti"), recordedAt);
    }

    private void approve(String unit, int year, LocalDate approvedOn, Instant recordedAt) {
        DevelopmentPlanId plan = new DevelopmentPlanId(UnitCode.of(unit), year);
        histories.appendTo("DevelopmentPlan", plan.toString(), new DevelopmentPlanApproved(plan, 1, approvedOn,
                "hr.siti", "kepala.bkpsdm"), recordedAt);
    }

    private void realise(String unit, int year, PlanItem item, Nip nip) {
        DevelopmentPlanId plan = new DevelopmentPlanId(UnitCode.of(unit), year);
        histories.appendTo("DevelopmentPlan", plan.toString(), new PlanItemRealised(plan, item.itemId(), nip,
                DevelopmentKind.TRAINING, UUID.randomUUID(), null));
    }

    private void awaitPlanStatus(String unit, int year, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select status from development_plan_version where unit = ? and year = ? and version = 1")
                .params(unit, year).query(String.class).optional().filter(status::equals).isPresent());
    }

    private void awaitNeedStatus(UUID need, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select status from development_need where need_id = ?")
                .param(need).query(String.class).optional().filter(status::equals).isPresent());
    }

    private void awaitRealisations(String unit, int year, long count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select count(*) from development_realisation where unit = ? and year = ?")
                .params(unit, year).query(Long.class).single() == count);
    }

    private List<DetectedFinding> planFindings(String unit, LocalDate today) {
        return checker.findings(new FindingFilter(RuleCode.DEVELOPMENT_PLAN_NOT_APPROVED, null, unit, 2026), today);
    }

    private List<DetectedFinding> needFindings(String unit, LocalDate today) {
        return checker.findings(new FindingFilter(RuleCode.DEVELOPMENT_NEED_UNANSWERED, null, unit, null), today);
    }

    private List<DetectedFinding> underPerformerFindings(Nip nip, LocalDate today) {
        return checker.findings(new FindingFilter(RuleCode.UNDER_PERFORMER_WITHOUT_DEVELOPMENT, nip.value(), null,
                null), today);
    }

    private List<DetectedFinding> itemFindings(String unit, LocalDate today) {
        return checker.findings(new FindingFilter(RuleCode.PLAN_ITEM_NOT_REALISED, null, unit, null), today);
    }
}
