package id.jejak.command.workunit;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.workunit.CitizenSatisfactionRecorded;
import id.jejak.kernel.workunit.CorrectOrganisationPerformance;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.RecordCitizenSatisfaction;
import id.jejak.kernel.workunit.RecordOrganisationPerformance;
import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;

class WorkUnitTest {

    private static final UnitCode UNIT = UnitCode.of("DINKES");
    private static final String POLICY = "PermenPANRB-14-2017";
    private static final LocalDate DECREE_DATE = LocalDate.of(2025, 2, 14);

    private AggregateTestFixture<WorkUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkUnit.class);
        fixture.registerInjectableResource(SatisfactionGradePolicy.PERMENPANRB_14_2017);
    }

    // --- citizen satisfaction -------------------------------------------------------------------------------------

    @Test
    void theFirstSatisfactionResultOfAUnitStartsItsRecord() {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025-S1", "82.47", SatisfactionGrade.B))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenSatisfactionRecorded(UNIT, 2025, "2025-S1", index("82.47"),
                        SatisfactionGrade.B, 400, POLICY));
    }

    @ParameterizedTest(name = "{0} is grade {1}")
    @CsvSource({"100.00, A", "88.31, A", "88.30, B", "76.61, B", "76.60, C", "65.00, C", "64.99, D", "25.00, D"})
    void anIndexIsRecordedWithTheGradeItsIntervalGives(String index, SatisfactionGrade grade) {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025", index, grade))
                .expectSuccessfulHandlerExecution()
                .expectEvents(satisfied("2025", index, grade));
    }

    @ParameterizedTest(name = "{0} is not grade {1}")
    @CsvSource({"88.30, A", "88.31, B", "76.60, B", "76.61, C", "64.99, C", "65.00, D", "100.00, D"})
    void anIndexWithTheGradeOfAnotherIntervalIsRefused(String index, SatisfactionGrade grade) {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025", index, grade))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SATISFACTION_GRADE_MISMATCH"));
    }

    @Test
    void aGradeMismatchNamesTheGradeTheIndexEarns() {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025", "88.30", SatisfactionGrade.A))
                .expectException(factOf("expectedGrade", SatisfactionGrade.B));
    }

    @ParameterizedTest
    @CsvSource({"24.99, D", "0.00, D"})
    void anIndexBelowTheLowestIntervalHasNoGradeAndIsRefused(String index, SatisfactionGrade grade) {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025", index, grade))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SATISFACTION_INDEX_BELOW_SCALE"));
    }

    @Test
    void theGradePolicyInForceDecidesAndIsRecorded() {
        var stricter = new SatisfactionGradePolicy("LOCAL-2026", Map.of(SatisfactionGrade.A, new BigDecimal("90.00"),
                SatisfactionGrade.B, new BigDecimal("80.00"), SatisfactionGrade.C, new BigDecimal("70.00"),
                SatisfactionGrade.D, new BigDecimal("30.00")));
        fixture = new AggregateTestFixture<>(WorkUnit.class);
        fixture.registerInjectableResource(stricter);

        fixture.givenNoPriorActivity()
                .when(satisfaction("2025", "88.31", SatisfactionGrade.B))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CitizenSatisfactionRecorded(UNIT, 2025, "2025", index("88.31"), SatisfactionGrade.B,
                        400, "LOCAL-2026"));
    }

    @Test
    void aResultForAnotherPeriodIsAllowed() {
        fixture.given(satisfied("2025-S1", "82.47", SatisfactionGrade.B))
                .when(satisfaction("2025-S2", "90.12", SatisfactionGrade.A))
                .expectSuccessfulHandlerExecution()
                .expectEvents(satisfied("2025-S2", "90.12", SatisfactionGrade.A));
    }

    @Test
    void aSecondResultForTheSamePeriodIsRefused() {
        fixture.given(satisfied("2025-S1", "82.47", SatisfactionGrade.B))
                .when(satisfaction("2025-S1", "90.12", SatisfactionGrade.A))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SATISFACTION_ALREADY_RECORDED"));
    }

    // --- organisation performance ---------------------------------------------------------------------------------

    @Test
    void theFirstPredicateOfAUnitStartsItsRecordAndAnswersTheEventId() {
        fixture.givenNoPriorActivity()
                .when(performance(2024, OrganisationPredicate.BAIK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(performed(2024, OrganisationPredicate.BAIK))
                .expectResultMessagePayload(eventId(0));
    }

    @Test
    void aPredicateIsRecordedBesideTheUnitsSatisfactionResults() {
        fixture.given(satisfied("2024", "82.47", SatisfactionGrade.B))
                .when(performance(2024, OrganisationPredicate.BAIK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(performed(2024, OrganisationPredicate.BAIK));
    }

    @Test
    void aPredicateForAnotherYearIsAllowed() {
        fixture.given(performed(2024, OrganisationPredicate.BAIK))
                .when(performance(2025, OrganisationPredicate.ISTIMEWA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(performed(2025, OrganisationPredicate.ISTIMEWA));
    }

    @Test
    void aSecondPredicateForTheSameYearIsRefused() {
        fixture.given(performed(2024, OrganisationPredicate.BAIK))
                .when(performance(2024, OrganisationPredicate.ISTIMEWA))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("ORGANISATION_PERFORMANCE_ALREADY_RECORDED"));
    }

    // --- corrections ----------------------------------------------------------------------------------------------

    @Test
    void correctingTheCurrentRecordEmitsACorrectionNamingItAndAnswersTheCorrectionsId() {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK));
        String recorded = eventId(0);

        given.when(correction(2024, OrganisationPredicate.ISTIMEWA, recorded))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(2024, OrganisationPredicate.BAIK, OrganisationPredicate.ISTIMEWA, recorded))
                .expectResultMessagePayload(eventId(1));
    }

    @Test
    void correctingACorrectionIsAllowed() {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK));
        given.andGivenCommands(correction(2024, OrganisationPredicate.ISTIMEWA, eventId(0)));
        String firstCorrection = eventId(1);

        given.when(correction(2024, OrganisationPredicate.KURANG, firstCorrection))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(2024, OrganisationPredicate.ISTIMEWA, OrganisationPredicate.KURANG,
                        firstCorrection));
    }

    @Test
    void correctingARecordThatWasAlreadyCorrectedIsRefused() {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK));
        String recorded = eventId(0);
        given.andGivenCommands(correction(2024, OrganisationPredicate.ISTIMEWA, recorded));

        given.when(correction(2024, OrganisationPredicate.KURANG, recorded))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CORRECTION_TARGET_SUPERSEDED"));
    }

    @Test
    void correctingAnEventNeverRecordedIsRefused() {
        fixture.given(performed(2024, OrganisationPredicate.BAIK))
                .when(correction(2024, OrganisationPredicate.ISTIMEWA, "f4b3c2d1-0000-4000-8000-000000000000"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CORRECTION_TARGET_UNKNOWN"));
    }

    @Test
    void correctingTheRecordOfAnotherYearIsRefused() {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK),
                performed(2025, OrganisationPredicate.BAIK));

        given.when(correction(2025, OrganisationPredicate.ISTIMEWA, eventId(0)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CORRECTION_TARGET_UNKNOWN"));
    }

    @Test
    void correctingAUnitWithNoRecordIsRefusedAndStartsNothing() {
        fixture.givenNoPriorActivity()
                .when(correction(2024, OrganisationPredicate.ISTIMEWA, "f4b3c2d1-0000-4000-8000-000000000000"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CORRECTION_TARGET_UNKNOWN"));
    }

    @Test
    void aCorrectionToThePredicateAlreadyRecordedIsRefused() {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK));

        given.when(correction(2024, OrganisationPredicate.BAIK, eventId(0)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CORRECTION_CHANGES_NOTHING"));
    }

    // --- the HR officer's units -----------------------------------------------------------------------------------

    /** Each fact about the unit, on a record holding its 2024 predicate, which a correction names. */
    static Stream<Arguments> factsAboutTheUnit() {
        return Stream.of(
                Arguments.of("RecordCitizenSatisfaction", (Function<String, Object>) recorded ->
                        satisfaction("2025-S1", "82.47", SatisfactionGrade.B)),
                Arguments.of("RecordOrganisationPerformance", (Function<String, Object>) recorded ->
                        performance(2025, OrganisationPredicate.BAIK)),
                Arguments.of("CorrectOrganisationPerformance", (Function<String, Object>) recorded ->
                        correction(2024, OrganisationPredicate.ISTIMEWA, recorded)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factsAboutTheUnit")
    void anHrOfficerOfAnotherUnitIsRefused(String name, Function<String, Object> fact) {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK));

        given.when(fact.apply(eventId(0)), hrOfficerOf("Dinsos"))
                .expectNoEvents()
                .expectException(violationOf("OUTSIDE_ACTOR_UNITS"))
                .expectException(factOf("unit", "DINKES"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factsAboutTheUnit")
    void anHrOfficerOfTheUnitIsAllowed(String name, Function<String, Object> fact) {
        TestExecutor<WorkUnit> given = fixture.given(performed(2024, OrganisationPredicate.BAIK));

        given.when(fact.apply(eventId(0)), hrOfficerOf("Dinkes"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aUnitCodeIsNotTakenForTheUnitNameItMayAbbreviate() {
        fixture.givenNoPriorActivity()
                .when(performance(2024, OrganisationPredicate.BAIK), hrOfficerOf("Dinas Kesehatan"))
                .expectNoEvents()
                .expectException(violationOf("OUTSIDE_ACTOR_UNITS"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Map<String, Object> hrOfficerOf(String unit) {
        return Map.of(EventMetadata.ACTOR_ID, "hr.test", EventMetadata.ACTOR_ROLE, "HR_OFFICER",
                ActorScope.ACTOR_UNITS, List.of(unit));
    }

    /** The id of the unit's event at this position, given or recorded: what the event store would hold. */
    private String eventId(int position) {
        return fixture.getEventStore().readEvents(UNIT.value()).asStream()
                .skip(position).findFirst().map(DomainEventMessage::getIdentifier).orElseThrow();
    }

    private static SatisfactionIndex index(String value) {
        return SatisfactionIndex.of(new BigDecimal(value));
    }

    private static RecordCitizenSatisfaction satisfaction(String period, String index, SatisfactionGrade grade) {
        return new RecordCitizenSatisfaction(UNIT, Integer.parseInt(period.substring(0, 4)), period, index(index),
                grade, 400);
    }

    private static CitizenSatisfactionRecorded satisfied(String period, String index, SatisfactionGrade grade) {
        return new CitizenSatisfactionRecorded(UNIT, Integer.parseInt(period.substring(0, 4)), period, index(index),
                grade, 400, POLICY);
    }

    private static RecordOrganisationPerformance performance(int year, OrganisationPredicate predicate) {
        return new RecordOrganisationPerformance(UNIT, year, predicate, "800/123/BKPSDM/" + year, DECREE_DATE);
    }

    private static OrganisationPerformanceRecorded performed(int year, OrganisationPredicate predicate) {
        return new OrganisationPerformanceRecorded(UNIT, year, predicate, "800/123/BKPSDM/" + year, DECREE_DATE);
    }

    private static CorrectOrganisationPerformance correction(int year, OrganisationPredicate predicate,
                                                             String correctedEventId) {
        return new CorrectOrganisationPerformance(UNIT, year, predicate, correctedEventId,
                "hasil evaluasi ulang", "SK Bupati 800/45/2025");
    }

    private static OrganisationPerformanceCorrected corrected(int year, OrganisationPredicate previous,
                                                              OrganisationPredicate predicate,
                                                              String correctedEventId) {
        return new OrganisationPerformanceCorrected(UNIT, year, previous, predicate, correctedEventId,
                "hasil evaluasi ulang", "SK Bupati 800/45/2025");
    }

    /** A {@link RuleViolation} refusing with the given rule code. */
    private static Matcher<RuleViolation> violationOf(String code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.details().code();
            }
        };
    }

    /** A {@link RuleViolation} with the given fact. */
    private static Matcher<RuleViolation> factOf(String name, Object value) {
        return new FeatureMatcher<>(equalTo(value), "a RuleViolation with fact " + name, name) {
            @Override
            protected Object featureValueOf(RuleViolation violation) {
                return violation.details().facts().get(name);
            }
        };
    }
}
