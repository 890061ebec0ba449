package id.jejak.command.civilservant;

import id.jejak.career.performance.PredicateMatrix;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.CloseCoaching;
import id.jejak.kernel.performance.CoachingClosed;
import id.jejak.kernel.performance.CoachingOutcome;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.CoachingSessionRecorded;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordCoachingSession;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.COACH;
import static id.jejak.command.civilservant.CareerFixtures.EVALUATOR;
import static id.jejak.command.civilservant.CareerFixtures.MATRIX_VERSION;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.annualId;
import static id.jejak.command.civilservant.CareerFixtures.evaluated;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.periodic;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluations (PermenPANRB 6/2022): the predicate follows from the two ratings by the matrix in force, one final
 * annual evaluation per year, and coaching (bimbingan kinerja) for those below Baik.
 */
class PerformanceEvaluationTest {

    private static final UUID EVALUATION = id("evaluation");
    private static final UUID COACHING = id("coaching");
    private static final LocalDate PLANNED_ON = LocalDate.of(2025, 2, 3);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
        fixture.registerInjectableResource(PredicateMatrix.PERMENPANRB_6_2022);
    }

    // --- the predicate --------------------------------------------------------------------------------------------

    @Test
    void theMatrixInForceIsTheOneOfPermenPanRb6Of2022() {
        assertThat(MATRIX_VERSION).isEqualTo("PermenPANRB-6-2022/annex-B1");
    }

    /** The kuadran kinerja of DOMAIN.md §1.5, one cell per row: work behaviour, work result, predicate. */
    @ParameterizedTest(name = "behaviour {0}, result {1} -> {2}")
    @CsvSource({
            "ABOVE_EXPECTATION, BELOW_EXPECTATION, BUTUH_PERBAIKAN",
            "ABOVE_EXPECTATION, AS_EXPECTED,       BAIK",
            "ABOVE_EXPECTATION, ABOVE_EXPECTATION, SANGAT_BAIK",
            "AS_EXPECTED,       BELOW_EXPECTATION, BUTUH_PERBAIKAN",
            "AS_EXPECTED,       AS_EXPECTED,       BAIK",
            "AS_EXPECTED,       ABOVE_EXPECTATION, BAIK",
            "BELOW_EXPECTATION, BELOW_EXPECTATION, SANGAT_KURANG",
            "BELOW_EXPECTATION, AS_EXPECTED,       KURANG",
            "BELOW_EXPECTATION, ABOVE_EXPECTATION, KURANG"})
    void theEvaluationCarriesThePredicateOfTheMatrixAndItsVersion(Rating workBehaviour, Rating workResult,
                                                                  Predicate predicate) {
        fixture.given(registered())
                .when(new RecordPerformanceEvaluation(NIP, EVALUATION, EvaluationKind.ANNUAL, 2024,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), EVALUATOR, workResult, workBehaviour))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PerformanceEvaluated(NIP, EVALUATION, EvaluationKind.ANNUAL, 2024,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), EVALUATOR, workResult, workBehaviour,
                        predicate, "PermenPANRB-6-2022/annex-B1"));
    }

    @Test
    void theEvaluationFollowsTheMatrixInForceAndNamesItsVersion() {
        Map<Rating, Predicate> allBaik = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            allBaik.put(rating, Predicate.BAIK);
        }
        PredicateMatrix amended = new PredicateMatrix("amended-for-test", Map.of(Rating.ABOVE_EXPECTATION, allBaik,
                Rating.AS_EXPECTED, allBaik, Rating.BELOW_EXPECTATION, allBaik));
        AggregateTestFixture<CivilServant> amendedFixture = new AggregateTestFixture<>(CivilServant.class);
        amendedFixture.registerInjectableResource(amended);

        amendedFixture.given(registered())
                .when(annualEvaluation(EVALUATION, 2024, Rating.BELOW_EXPECTATION, Rating.BELOW_EXPECTATION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PerformanceEvaluated(NIP, EVALUATION, EvaluationKind.ANNUAL, 2024,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), EVALUATOR, Rating.BELOW_EXPECTATION,
                        Rating.BELOW_EXPECTATION, Predicate.BAIK, "amended-for-test"));
    }

    // --- who evaluates --------------------------------------------------------------------------------------------

    @Test
    void evaluatingOneselfIsRefused() {
        fixture.given(registered())
                .when(new RecordPerformanceEvaluation(NIP, EVALUATION, EvaluationKind.ANNUAL, 2024,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), NIP, Rating.AS_EXPECTED,
                        Rating.AS_EXPECTED))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATOR_IS_EVALUATED"));
    }

    @Test
    void recordingTheSameEvaluationTwiceIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2024, Predicate.BAIK))
                .when(new RecordPerformanceEvaluation(NIP, EVALUATION, EvaluationKind.PERIODIC, 2024,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), EVALUATOR, Rating.AS_EXPECTED,
                        Rating.AS_EXPECTED))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_ALREADY_RECORDED"));
    }

    // --- one annual evaluation a year -----------------------------------------------------------------------------

    @Test
    void aSecondAnnualEvaluationInTheSameYearIsRefused() {
        fixture.given(registered(), annual(2024, Predicate.BAIK))
                .when(annualEvaluation(id("another-annual-2024"), 2024, Rating.ABOVE_EXPECTATION,
                        Rating.ABOVE_EXPECTATION))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("ANNUAL_EVALUATION_ALREADY_RECORDED"));
    }

    @Test
    void aPeriodicEvaluationInAYearWithAnAnnualOneIsAllowed() {
        fixture.given(registered(), annual(2024, Predicate.BAIK))
                .when(new RecordPerformanceEvaluation(NIP, id("semester-2024"), EvaluationKind.PERIODIC, 2024,
                        LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), EVALUATOR, Rating.AS_EXPECTED,
                        Rating.ABOVE_EXPECTATION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PerformanceEvaluated(NIP, id("semester-2024"), EvaluationKind.PERIODIC, 2024,
                        LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), EVALUATOR, Rating.AS_EXPECTED,
                        Rating.ABOVE_EXPECTATION, Predicate.BAIK, MATRIX_VERSION));
    }

    @Test
    void anAnnualEvaluationInAYearWithOnlyPeriodicOnesIsAllowed() {
        fixture.given(registered(), periodic(id("semester-2024"), 2024, Predicate.BAIK))
                .when(annualEvaluation(annualId(2024), 2024, Rating.AS_EXPECTED, Rating.AS_EXPECTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(annual(2024, Predicate.BAIK));
    }

    @Test
    void anAnnualEvaluationOfAnotherYearIsAllowed() {
        fixture.given(registered(), annual(2024, Predicate.BAIK))
                .when(annualEvaluation(annualId(2025), 2025, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(annual(2025, Predicate.SANGAT_BAIK));
    }

    // --- the period -----------------------------------------------------------------------------------------------

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        fixture.given(registered())
                .when(periodicEvaluation(2024, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 29)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_PERIOD_INVALID"));
    }

    @Test
    void aPeriodOfOneDayIsAllowed() {
        fixture.given(registered())
                .when(periodicEvaluation(2024, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(EVALUATION, EvaluationKind.PERIODIC, 2024, LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 6, 30), Predicate.BAIK));
    }

    @Test
    void aPeriodCrossingIntoTheNextYearIsRefused() {
        fixture.given(registered())
                .when(periodicEvaluation(2024, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 1, 1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_PERIOD_INVALID"));
    }

    @Test
    void aPeriodStartingInThePreviousYearIsRefused() {
        fixture.given(registered())
                .when(periodicEvaluation(2024, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 31)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_PERIOD_INVALID"));
    }

    @Test
    void aPeriodOutsideTheEvaluationsYearIsRefused() {
        fixture.given(registered())
                .when(periodicEvaluation(2024, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_PERIOD_INVALID"));
    }

    @Test
    void aPeriodFromTheFirstToTheLastDayOfTheYearIsAllowed() {
        fixture.given(registered())
                .when(periodicEvaluation(2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(EVALUATION, EvaluationKind.PERIODIC, 2024, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31), Predicate.BAIK));
    }

    // --- planning coaching ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Predicate.class, names = {"BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"})
    void planningCoachingForAnEvaluationBelowBaikIsAllowed(Predicate belowBaik) {
        fixture.given(registered(), periodic(EVALUATION, 2025, belowBaik))
                .when(plan(COACHING, EVALUATION, COACH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(planned());
    }

    @ParameterizedTest
    @EnumSource(value = Predicate.class, names = {"BAIK", "SANGAT_BAIK"})
    void planningCoachingForAnEvaluationOfAtLeastBaikIsRefused(Predicate atLeastBaik) {
        fixture.given(registered(), periodic(EVALUATION, 2025, atLeastBaik))
                .when(plan(COACHING, EVALUATION, COACH))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_NOT_REQUIRED"));
    }

    @Test
    void planningCoachingForAnUnknownEvaluationIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN))
                .when(plan(COACHING, id("unknown-evaluation"), COACH))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_NOT_FOUND"));
    }

    @Test
    void coachingOneselfIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN))
                .when(plan(COACHING, EVALUATION, NIP))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACH_IS_COACHEE"));
    }

    @Test
    void aSecondCoachingPlanForTheSameEvaluationIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned())
                .when(plan(id("second-coaching"), EVALUATION, COACH))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_ALREADY_PLANNED"));
    }

    @Test
    void aCoachingPlanReusingAPlansIdentifierIsRefused() {
        UUID otherEvaluation = id("other-evaluation");

        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN),
                        periodic(otherEvaluation, 2024, Predicate.KURANG), planned())
                .when(plan(COACHING, otherEvaluation, COACH))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_ALREADY_PLANNED"));
    }

    @Test
    void aCoachingPlanForAnotherEvaluationBelowBaikIsAllowed() {
        UUID otherEvaluation = id("other-evaluation");

        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN),
                        periodic(otherEvaluation, 2024, Predicate.KURANG), planned())
                .when(plan(id("second-coaching"), otherEvaluation, COACH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CoachingPlanned(NIP, id("second-coaching"), otherEvaluation, COACH, PLANNED_ON,
                        "Menyelesaikan laporan tepat waktu"));
    }

    // --- coaching sessions ----------------------------------------------------------------------------------------

    @Test
    void aSessionBeforeThePlannedDayIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned())
                .when(new RecordCoachingSession(NIP, COACHING, PLANNED_ON.minusDays(1), "Sesi pertama"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_SESSION_BEFORE_PLAN"));
    }

    @Test
    void aSessionOnThePlannedDayIsAllowed() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned())
                .when(new RecordCoachingSession(NIP, COACHING, PLANNED_ON, "Sesi pertama"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CoachingSessionRecorded(NIP, COACHING, PLANNED_ON, "Sesi pertama"));
    }

    @Test
    void aSessionOfAnUnknownCoachingIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned())
                .when(new RecordCoachingSession(NIP, id("unknown-coaching"), PLANNED_ON, "Sesi pertama"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_NOT_FOUND"));
    }

    // --- closing coaching -----------------------------------------------------------------------------------------

    @Test
    void closingACoachingWithoutSessionsIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned())
                .when(new CloseCoaching(NIP, COACHING, LocalDate.of(2025, 6, 30), CoachingOutcome.IMPROVED))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_WITHOUT_SESSIONS"));
    }

    @Test
    void closingACoachingWithOneSessionIsAllowed() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned(), session())
                .when(new CloseCoaching(NIP, COACHING, LocalDate.of(2025, 6, 30), CoachingOutcome.NOT_IMPROVED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CoachingClosed(NIP, COACHING, LocalDate.of(2025, 6, 30),
                        CoachingOutcome.NOT_IMPROVED));
    }

    @Test
    void closingAnUnknownCoachingIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned(), session())
                .when(new CloseCoaching(NIP, id("unknown-coaching"), LocalDate.of(2025, 6, 30),
                        CoachingOutcome.IMPROVED))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_NOT_FOUND"));
    }

    @Test
    void aSessionAfterTheCoachingClosedIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned(), session(),
                        closed())
                .when(new RecordCoachingSession(NIP, COACHING, LocalDate.of(2025, 7, 7), "Sesi tambahan"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_ALREADY_CLOSED"));
    }

    @Test
    void closingACoachingASecondTimeIsRefused() {
        fixture.given(registered(), periodic(EVALUATION, 2025, Predicate.BUTUH_PERBAIKAN), planned(), session(),
                        closed())
                .when(new CloseCoaching(NIP, COACHING, LocalDate.of(2025, 7, 7), CoachingOutcome.REFERRED))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("COACHING_ALREADY_CLOSED"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Object registered() {
        return registeredPns(Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR);
    }

    private static RecordPerformanceEvaluation annualEvaluation(UUID evaluationId, int year, Rating workResult,
                                                                Rating workBehaviour) {
        return new RecordPerformanceEvaluation(NIP, evaluationId, EvaluationKind.ANNUAL, year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), EVALUATOR, workResult, workBehaviour);
    }

    /** A periodic evaluation of {@code EVALUATION} rated as expected on both counts (Baik). */
    private static RecordPerformanceEvaluation periodicEvaluation(int year, LocalDate periodStart,
                                                                  LocalDate periodEnd) {
        return new RecordPerformanceEvaluation(NIP, EVALUATION, EvaluationKind.PERIODIC, year, periodStart,
                periodEnd, EVALUATOR, Rating.AS_EXPECTED, Rating.AS_EXPECTED);
    }

    private static PlanCoaching plan(UUID coachingId, UUID evaluationId, Nip coach) {
        return new PlanCoaching(NIP, coachingId, evaluationId, coach, PLANNED_ON, "Menyelesaikan laporan tepat waktu");
    }

    private static CoachingPlanned planned() {
        return new CoachingPlanned(NIP, COACHING, EVALUATION, COACH, PLANNED_ON, "Menyelesaikan laporan tepat waktu");
    }

    private static CoachingSessionRecorded session() {
        return new CoachingSessionRecorded(NIP, COACHING, PLANNED_ON.plusWeeks(1), "Sesi pertama");
    }

    private static CoachingClosed closed() {
        return new CoachingClosed(NIP, COACHING, LocalDate.of(2025, 6, 30), CoachingOutcome.IMPROVED);
    }
}
