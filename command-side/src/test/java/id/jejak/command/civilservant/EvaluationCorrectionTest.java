package id.jejak.command.civilservant;

import id.jejak.career.performance.PredicateMatrix;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.CorrectPerformanceEvaluation;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.jejak.command.civilservant.CareerFixtures.EVALUATOR;
import static id.jejak.command.civilservant.CareerFixtures.MATRIX_VERSION;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.annualId;
import static id.jejak.command.civilservant.CareerFixtures.givenEventIds;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.retired;
import static id.jejak.command.civilservant.CareerFixtures.revoked;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;

/** Correcting an evaluation names the event that last recorded it, so corrections of corrections stay visible. */
class EvaluationCorrectionTest {

    private static final LocalDate RANK_SINCE = LocalDate.of(2021, 4, 1);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
        fixture.registerInjectableResource(PredicateMatrix.PERMENPANRB_6_2022);
    }

    @Test
    void correctingTheRatingsDerivesThePredicateAgain() {
        var given = fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR),
                annual(2025, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);

        given.when(correction(evaluation, Rating.AS_EXPECTED, Rating.AS_EXPECTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(evaluation, Rating.AS_EXPECTED, Rating.AS_EXPECTED, Predicate.BAIK));
    }

    @Test
    void aCorrectionOfTheCorrectionNamesTheCorrection() {
        var given = fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR),
                annual(2025, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);
        given.andGiven(corrected(evaluation, Rating.AS_EXPECTED, Rating.AS_EXPECTED, Predicate.BAIK));
        String correction = givenEventIds(fixture).get(2);

        given.when(correction(correction, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(correction, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION,
                        Predicate.SANGAT_BAIK));
    }

    @Test
    void aCorrectionNamingASupersededEventIsRefused() {
        var given = fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR),
                annual(2025, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);
        given.andGiven(corrected(evaluation, Rating.AS_EXPECTED, Rating.AS_EXPECTED, Predicate.BAIK));

        given.when(correction(evaluation, Rating.ABOVE_EXPECTATION, Rating.ABOVE_EXPECTATION))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_CORRECTION_SUPERSEDED"));
    }

    @Test
    void aCorrectionToTheSameRatingsIsRefused() {
        var given = fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR),
                annual(2025, Predicate.BAIK));
        String evaluation = givenEventIds(fixture).get(1);

        given.when(correction(evaluation, Rating.AS_EXPECTED, Rating.AS_EXPECTED))
                .expectNoEvents()
                .expectException(violationOf("EVALUATION_CORRECTION_CHANGES_NOTHING"));
    }

    @Test
    void aCorrectionOfAnUnknownEvaluationIsRefused() {
        fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR))
                .when(correction("nothing", Rating.AS_EXPECTED, Rating.AS_EXPECTED))
                .expectNoEvents()
                .expectException(violationOf("EVALUATION_NOT_FOUND"));
    }

    @Test
    void anEvaluationCanBeCorrectedAfterRetirement() {
        var given = fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR),
                annual(2025, Predicate.KURANG), retired(LocalDate.of(2026, 2, 1)));
        String evaluation = givenEventIds(fixture).get(1);

        given.when(correction(evaluation, Rating.AS_EXPECTED, Rating.AS_EXPECTED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRevokedEvaluationsIdIsNotRecordedAgain() {
        var given = fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR),
                annual(2025, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);
        given.andGiven(revoked(evaluation, "PerformanceEvaluated", LocalDate.of(2026, 2, 1)));

        given.when(new RecordPerformanceEvaluation(NIP, annualId(2025), EvaluationKind.ANNUAL, 2025,
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), EVALUATOR, Rating.AS_EXPECTED,
                        Rating.AS_EXPECTED))
                .expectNoEvents()
                .expectException(violationOf("EVALUATION_ALREADY_RECORDED"));
    }

    private static CorrectPerformanceEvaluation correction(String eventId, Rating result, Rating behaviour) {
        return new CorrectPerformanceEvaluation(NIP, annualId(2025), eventId, result, behaviour,
                "Atasan pejabat penilai");
    }

    private static PerformanceEvaluationCorrected corrected(String eventId, Rating result, Rating behaviour,
                                                            Predicate predicate) {
        return new PerformanceEvaluationCorrected(NIP, annualId(2025), eventId, EvaluationKind.ANNUAL, 2025,
                LocalDate.of(2025, 12, 31), result, behaviour, predicate, MATRIX_VERSION, "Atasan pejabat penilai");
    }
}
