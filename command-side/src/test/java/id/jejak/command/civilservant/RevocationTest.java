package id.jejak.command.civilservant;

import id.jejak.career.performance.PredicateMatrix;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.command.civilservant.CareerFixtures.End;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.civilservant.ConfirmAsPns;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.correction.RevokeDecision;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.PromotionEligibility;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.RecordTrainingCompletion;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.APPROVER;
import static id.jejak.command.civilservant.CareerFixtures.COACH;
import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.EVALUATOR;
import static id.jejak.command.civilservant.CareerFixtures.EXAMINER;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.POSITION;
import static id.jejak.command.civilservant.CareerFixtures.PROPOSER;
import static id.jejak.command.civilservant.CareerFixtures.WORK_UNIT;
import static id.jejak.command.civilservant.CareerFixtures.actedBy;
import static id.jejak.command.civilservant.CareerFixtures.allowanceCut;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.annualId;
import static id.jejak.command.civilservant.CareerFixtures.eligibility;
import static id.jejak.command.civilservant.CareerFixtures.evaluated;
import static id.jejak.command.civilservant.CareerFixtures.givenEventIds;
import static id.jejak.command.civilservant.CareerFixtures.granted;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.predicates;
import static id.jejak.command.civilservant.CareerFixtures.proposed;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.retired;
import static id.jejak.command.civilservant.CareerFixtures.revoked;
import static id.jejak.command.civilservant.CareerFixtures.sanctionImposed;
import static id.jejak.command.civilservant.CareerFixtures.trainingAssigned;
import static id.jejak.command.civilservant.CareerFixtures.trainingCompleted;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;
import static id.jejak.command.civilservant.CareerFixtures.with;

/**
 * Revoking a recorded decision by the identifier of the event that recorded it: the event stays, the decision counts
 * as never taken. The fixture gives every given event an identifier of its own, so each test reads them back with
 * {@link CareerFixtures#givenEventIds} and names the events by their place in the history.
 */
class RevocationTest {

    private static final LocalDate RANK_SINCE = LocalDate.of(2021, 4, 1);
    private static final LocalDate TMT = LocalDate.of(2026, 4, 1);
    private static final LocalDate NEXT_TMT = LocalDate.of(2030, 4, 1);
    private static final LocalDate REVOKED_ON = LocalDate.of(2026, 5, 4);
    private static final UUID PROPOSAL = id("proposal");
    private static final UUID NEXT_PROPOSAL = id("next-proposal");
    private static final UUID SANCTION = id("sanction");
    private static final LocalDate CONFIRMED_ON = LocalDate.of(2016, 5, 1);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
        fixture.registerInjectableResource(PromotionPolicy.defaults());
        fixture.registerInjectableResource(PredicateMatrix.PERMENPANRB_6_2022);
    }

    // --- promotions -----------------------------------------------------------------------------------------------

    @Test
    void revokingTheLatestPromotionEmitsDecisionRevokedOfAPromotionGranted() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()),
                granted(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()));
        String promotion = givenEventIds(fixture).get(4);

        given.when(revoke(promotion))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(promotion, "PromotionGranted", REVOKED_ON));
    }

    @Test
    void afterRevokingThePromotionTheRankRevertsAndTheSamePromotionMayBeProposedAgain() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()),
                granted(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()));
        String promotion = givenEventIds(fixture).get(4);

        given.andGiven(revoked(promotion, "PromotionGranted", REVOKED_ON))
                .when(new ProposePromotion(NIP, NEXT_PROPOSAL, Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(NEXT_PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()));
    }

    @Test
    void revokingAnEarlierPromotionWhileALaterOneRestsOnItIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(twoPromotions());
        String firstPromotion = givenEventIds(fixture).get(4);

        given.when(revoke(firstPromotion))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_SUPERSEDED"));
    }

    @Test
    void revokingTheLaterOfTwoPromotionsIsAllowed() {
        TestExecutor<CivilServant> given = fixture.given(twoPromotions());
        String laterPromotion = givenEventIds(fixture).get(8);

        given.when(revoke(laterPromotion))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(laterPromotion, "PromotionGranted", REVOKED_ON));
    }

    @Test
    void onceTheLaterPromotionIsRevokedTheEarlierOneMayBeRevoked() {
        TestExecutor<CivilServant> given = fixture.given(twoPromotions());
        List<String> ids = givenEventIds(fixture);

        given.andGiven(revoked(ids.get(8), "PromotionGranted", REVOKED_ON))
                .when(revoke(ids.get(4)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(ids.get(4), "PromotionGranted", REVOKED_ON));
    }

    // --- placements -----------------------------------------------------------------------------------------------

    @Test
    void revokingTheLatestPlacementEmitsDecisionRevokedOfAPlacedInPosition() {
        TestExecutor<CivilServant> given = fixture.given(registered(), placed("Kepala Subbagian Umum",
                LocalDate.of(2024, 7, 1), POSITION, WORK_UNIT));
        String placement = givenEventIds(fixture).get(1);

        given.when(revoke(placement))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(placement, "PlacedInPosition", REVOKED_ON));
    }

    @Test
    void afterRevokingAPlacementTheNextPlacementFollowsThePositionBeforeIt() {
        TestExecutor<CivilServant> given = fixture.given(registered(), placed("Kepala Subbagian Umum",
                LocalDate.of(2024, 7, 1), POSITION, WORK_UNIT));
        String placement = givenEventIds(fixture).get(1);

        given.andGiven(revoked(placement, "PlacedInPosition", REVOKED_ON))
                .when(new PlaceInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Seksi Mutasi", WORK_UNIT,
                        LocalDate.of(2024, 3, 1), DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Seksi Mutasi", WORK_UNIT,
                        LocalDate.of(2024, 3, 1), DECREE, POSITION, WORK_UNIT));
    }

    @Test
    void revokingAnEarlierPlacementWhileALaterOneRestsOnItIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(registered(),
                placed("Kepala Subbagian Umum", LocalDate.of(2024, 7, 1), POSITION, WORK_UNIT),
                placed("Kepala Bagian Umum", LocalDate.of(2025, 7, 1), "Kepala Subbagian Umum", WORK_UNIT));
        String earlierPlacement = givenEventIds(fixture).get(1);

        given.when(revoke(earlierPlacement))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_SUPERSEDED"));
    }

    // --- evaluations ----------------------------------------------------------------------------------------------

    @Test
    void revokingAnEvaluationEmitsDecisionRevokedOfAPerformanceEvaluated() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);

        given.when(revoke(evaluation))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(evaluation, "PerformanceEvaluated", REVOKED_ON));
    }

    @Test
    void revokingAnAnnualEvaluationFreesItsYearForANewOne() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);

        given.andGiven(revoked(evaluation, "PerformanceEvaluated", REVOKED_ON))
                .when(new RecordPerformanceEvaluation(NIP, id("annual-2024-after-appeal"), EvaluationKind.ANNUAL,
                        2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), EVALUATOR, Rating.AS_EXPECTED,
                        Rating.AS_EXPECTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(id("annual-2024-after-appeal"), EvaluationKind.ANNUAL, 2024,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Predicate.BAIK));
    }

    @Test
    void aRevokedEvaluationNoLongerCountsForAPromotion() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK));
        String lastYear = givenEventIds(fixture).get(2);

        given.andGiven(revoked(lastYear, "PerformanceEvaluated", REVOKED_ON))
                .when(new ProposePromotion(NIP, PROPOSAL, Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"));
    }

    @Test
    void aGrantFailsWhenAnEvaluationTheProposalRestedOnWasRevoked() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()));
        String lastYear = givenEventIds(fixture).get(2);

        given.andGiven(revoked(lastYear, "PerformanceEvaluated", REVOKED_ON))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"));
    }

    @Test
    void coachingCannotBePlannedForARevokedEvaluation() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);

        given.andGiven(revoked(evaluation, "PerformanceEvaluated", REVOKED_ON))
                .when(new PlanCoaching(NIP, id("coaching"), annualId(2024), COACH, LocalDate.of(2025, 2, 3),
                        "Menyelesaikan laporan tepat waktu"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EVALUATION_NOT_FOUND"));
    }

    // --- sanctions ------------------------------------------------------------------------------------------------

    @Test
    void revokingASanctionEmitsDecisionRevokedOfASanctionImposed() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2)));
        String sanction = givenEventIds(fixture).get(3);

        given.when(revoke(sanction))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(sanction, "SanctionImposed", REVOKED_ON));
    }

    @Test
    void revokingASanctionInForceLetsAPromotionThrough() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2)));
        String sanction = givenEventIds(fixture).get(3);

        given.andGiven(revoked(sanction, "SanctionImposed", REVOKED_ON))
                .when(new ProposePromotion(NIP, PROPOSAL, Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()));
    }

    @Test
    void aSanctionRevokedAsADecisionCannotBeRevokedOnAppealToo() {
        TestExecutor<CivilServant> given = fixture.given(registered(),
                allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2)));
        String sanction = givenEventIds(fixture).get(1);

        given.andGiven(revoked(sanction, "SanctionImposed", REVOKED_ON))
                .when(new RevokeSanction(NIP, SANCTION, LocalDate.of(2026, 6, 1), "Badan Pertimbangan ASN", DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("SANCTION_ALREADY_REVOKED"));
    }

    // --- awards and trainings -------------------------------------------------------------------------------------

    @Test
    void revokingAnAwardEmitsDecisionRevokedOfAnAwardGranted() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2025, Predicate.SANGAT_BAIK),
                new AwardGranted(NIP, id("award"), "Pegawai Teladan 2025", List.of(annualId(2025)),
                        LocalDate.of(2026, 1, 15), DECREE));
        String award = givenEventIds(fixture).get(2);

        given.when(revoke(award))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(award, "AwardGranted", REVOKED_ON));
    }

    @Test
    void revokingATrainingCompletionEmitsDecisionRevokedOfATrainingCompleted() {
        TestExecutor<CivilServant> given = fixture.given(registeredCpns(),
                trainingAssigned(id("latsar"), LocalDate.of(2015, 9, 7), true),
                trainingCompleted(id("latsar"), LocalDate.of(2015, 11, 27)));
        String completion = givenEventIds(fixture).get(2);

        given.when(revoke(completion))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(completion, "TrainingCompleted", REVOKED_ON));
    }

    @Test
    void afterRevokingTheLatsarCompletionACpnsCannotBeConfirmed() {
        TestExecutor<CivilServant> given = fixture.given(registeredCpns(),
                trainingAssigned(id("latsar"), LocalDate.of(2015, 9, 7), true),
                trainingCompleted(id("latsar"), LocalDate.of(2015, 11, 27)));
        String completion = givenEventIds(fixture).get(2);

        given.andGiven(revoked(completion, "TrainingCompleted", REVOKED_ON))
                .when(new ConfirmAsPns(NIP, LocalDate.of(2016, 5, 1), DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("LATSAR_NOT_COMPLETED"));
    }

    @Test
    void afterRevokingATrainingCompletionTheTrainingMayBeCompletedAgain() {
        TestExecutor<CivilServant> given = fixture.given(registeredCpns(),
                trainingAssigned(id("latsar"), LocalDate.of(2015, 9, 7), true),
                trainingCompleted(id("latsar"), LocalDate.of(2015, 11, 27)));
        String completion = givenEventIds(fixture).get(2);

        given.andGiven(revoked(completion, "TrainingCompleted", REVOKED_ON))
                .when(new RecordTrainingCompletion(NIP, id("latsar"), LessonHours.of(24), LocalDate.of(2015, 11, 28),
                        "BPSDM-JB/2015-11-28"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(trainingCompleted(id("latsar"), LocalDate.of(2015, 11, 28)));
    }

    // --- the end of service ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(End.class)
    void revokingTheEndOfServiceEmitsDecisionRevokedOfItsEvent(End end) {
        TestExecutor<CivilServant> given = fixture.given(registered(), end.event());
        String ending = givenEventIds(fixture).get(1);

        given.when(revoke(ending))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(ending, end.type(), REVOKED_ON));
    }

    @ParameterizedTest
    @EnumSource(End.class)
    void afterRevokingTheEndOfServiceADecisionMayBeRecordedAgain(End end) {
        TestExecutor<CivilServant> given = fixture.given(registered(), end.event());
        String ending = givenEventIds(fixture).get(1);

        given.andGiven(revoked(ending, end.type(), REVOKED_ON))
                .when(recordMaster())
                .expectSuccessfulHandlerExecution()
                .expectEvents(masterRecorded());
    }

    @ParameterizedTest
    @EnumSource(End.class)
    void revokingTheEndOfServiceTwiceIsRefused(End end) {
        TestExecutor<CivilServant> given = fixture.given(registered(), end.event());
        String ending = givenEventIds(fixture).get(1);

        given.andGiven(revoked(ending, end.type(), REVOKED_ON))
                .when(revoke(ending))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_ALREADY_REVOKED"));
    }

    @Test
    void revokingTheDismissalThatCarriesOutADismissalSanctionIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(dismissedBySanction());
        String dismissal = givenEventIds(fixture).get(2);

        given.when(revoke(dismissal))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DISMISSAL_RESTS_ON_SANCTION"));
    }

    @Test
    void revokingTheDismissalSanctionItselfReinstatesTheCivilServant() {
        TestExecutor<CivilServant> given = fixture.given(dismissedBySanction());
        String sanction = givenEventIds(fixture).get(1);

        given.andGiven(revoked(sanction, "SanctionImposed", REVOKED_ON))
                .when(recordMaster())
                .expectSuccessfulHandlerExecution()
                .expectEvents(masterRecorded());
    }

    @Test
    void onceTheDismissalSanctionIsRevokedOnAppealItsDismissalIsNoLongerRevocable() {
        TestExecutor<CivilServant> given = fixture.given(dismissedBySanction());
        String dismissal = givenEventIds(fixture).get(2);

        given.andGiven(new SanctionRevoked(NIP, SANCTION, REVOKED_ON, "Badan Pertimbangan ASN", DECREE))
                .when(revoke(dismissal))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_NOT_REVOCABLE"));
    }

    // --- confirmation as PNS --------------------------------------------------------------------------------------

    @Test
    void revokingTheConfirmationEmitsDecisionRevokedOfAConfirmedAsPns() {
        TestExecutor<CivilServant> given = fixture.given(confirmedCpns());
        String confirmation = givenEventIds(fixture).get(3);

        given.when(revoke(confirmation))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(confirmation, "ConfirmedAsPns", REVOKED_ON));
    }

    @Test
    void afterRevokingTheConfirmationAPromotionIsRefusedAsForACpns() {
        TestExecutor<CivilServant> given = fixture.given(with(confirmedCpns(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.BAIK)));
        String confirmation = givenEventIds(fixture).get(3);

        given.andGiven(revoked(confirmation, "ConfirmedAsPns", REVOKED_ON))
                .when(new ProposePromotion(NIP, PROPOSAL, Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_ONLY_FOR_PNS"));
    }

    @Test
    void afterRevokingTheConfirmationTheCpnsMayBeConfirmedAgain() {
        TestExecutor<CivilServant> given = fixture.given(confirmedCpns());
        String confirmation = givenEventIds(fixture).get(3);

        given.andGiven(revoked(confirmation, "ConfirmedAsPns", REVOKED_ON))
                .when(new ConfirmAsPns(NIP, CONFIRMED_ON.plusMonths(1), DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ConfirmedAsPns(NIP, CONFIRMED_ON.plusMonths(1), DECREE));
    }

    @Test
    void revokingTheConfirmationWhileAPromotionGrantedAfterItStandsIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(confirmedAndPromoted());
        String confirmation = givenEventIds(fixture).get(3);

        given.when(revoke(confirmation))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_SUPERSEDED"));
    }

    @Test
    void onceThePromotionIsRevokedTheConfirmationMayBeRevoked() {
        TestExecutor<CivilServant> given = fixture.given(confirmedAndPromoted());
        List<String> ids = givenEventIds(fixture);

        given.andGiven(revoked(ids.get(7), "PromotionGranted", REVOKED_ON))
                .when(revoke(ids.get(3)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(ids.get(3), "ConfirmedAsPns", REVOKED_ON));
    }

    @Test
    void revokingTheConfirmationTwiceIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(confirmedCpns());
        String confirmation = givenEventIds(fixture).get(3);

        given.andGiven(revoked(confirmation, "ConfirmedAsPns", REVOKED_ON))
                .when(revoke(confirmation))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_ALREADY_REVOKED"));
    }

    // --- what cannot be revoked -----------------------------------------------------------------------------------

    @Test
    void revokingAnUnknownEventIsRefused() {
        fixture.given(registered(), annual(2024, Predicate.BAIK))
                .when(revoke("no-such-event"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_NOT_REVOCABLE"));
    }

    @Test
    void revokingAnEventThatRecordsNoRevocableDecisionIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()));
        String proposal = givenEventIds(fixture).get(3);

        given.when(revoke(proposal))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_NOT_REVOCABLE"));
    }

    @Test
    void revokingADecisionTwiceIsRefused() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.KURANG));
        String evaluation = givenEventIds(fixture).get(1);

        given.andGiven(revoked(evaluation, "PerformanceEvaluated", REVOKED_ON))
                .when(revoke(evaluation))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_ALREADY_REVOKED"));
    }

    @ParameterizedTest
    @EnumSource(value = EmploymentType.class)
    void revokingTheRegistrationIsRefusedAsNotRevocable(EmploymentType employmentType) {
        boolean pppk = employmentType == EmploymentType.PPPK;
        TestExecutor<CivilServant> given = fixture.given(CareerFixtures.registered(employmentType,
                pppk ? null : Rank.III_A, pppk ? null : RANK_SINCE, Education.BACHELOR, LocalDate.of(2023, 1, 2)));
        String registration = givenEventIds(fixture).get(0);

        given.when(revoke(registration))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("DECISION_NOT_REVOCABLE"));
    }

    // --- after retirement -----------------------------------------------------------------------------------------

    @Test
    void revokingAPromotionIsAllowedAfterRetirement() {
        TestExecutor<CivilServant> given = fixture.given(registered(), annual(2024, Predicate.BAIK),
                annual(2025, Predicate.SANGAT_BAIK), proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()),
                granted(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()), retired(LocalDate.of(2026, 5, 1)));
        String promotion = givenEventIds(fixture).get(4);

        given.when(revoke(promotion))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(promotion, "PromotionGranted", REVOKED_ON));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** A dismissal sanction (event 1) and the dismissal that carries it out (event 2). */
    private static List<Object> dismissedBySanction() {
        LocalDate dismissedOn = LocalDate.of(2025, 6, 2);
        return List.of(registered(), sanctionImposed(SANCTION, SanctionType.DISMISSAL, 0, dismissedOn,
                List.of(EXAMINER)), new Dismissed(NIP, dismissedOn, DECREE, true));
    }

    /** A CPNS with Latsar completed, confirmed as PNS (event 3). */
    private static List<Object> confirmedCpns() {
        return List.of(registeredCpns(), trainingAssigned(id("latsar"), LocalDate.of(2015, 9, 7), true),
                trainingCompleted(id("latsar"), LocalDate.of(2015, 11, 27)),
                new ConfirmedAsPns(NIP, CONFIRMED_ON, DECREE));
    }

    /** {@link #confirmedCpns()}, then promoted from III/a to III/b on 2020-04-01 (event 7). */
    private static List<Object> confirmedAndPromoted() {
        LocalDate promotedOn = LocalDate.of(2020, 4, 1);
        PromotionEligibility eligibility = eligibility(Rank.III_A, LocalDate.of(2015, 5, 1), Education.BACHELOR,
                Rank.III_D, predicates(2019, Predicate.BAIK, 2018, Predicate.BAIK), false);
        return with(confirmedCpns(), annual(2018, Predicate.BAIK), annual(2019, Predicate.BAIK),
                proposed(PROPOSAL, Rank.III_A, Rank.III_B, promotedOn, eligibility),
                granted(PROPOSAL, Rank.III_A, Rank.III_B, promotedOn, eligibility));
    }

    private static RecordEducation recordMaster() {
        return new RecordEducation(NIP, Education.MASTER, "Institut Teknologi Bandung", LocalDate.of(2026, 6, 1));
    }

    private static EducationRecorded masterRecorded() {
        return new EducationRecorded(NIP, Education.MASTER, "Institut Teknologi Bandung", LocalDate.of(2026, 6, 1));
    }

    private static Object registered() {
        return registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR);
    }

    private static Object registeredCpns() {
        LocalDate appointed = LocalDate.of(2015, 5, 1);
        return CareerFixtures.registered(EmploymentType.CPNS, Rank.III_A, appointed, Education.BACHELOR, appointed);
    }

    /** The facts of a promotion of the registered PNS to III/b in 2026: 2024 Baik, 2025 Sangat Baik. */
    private static PromotionEligibility facts() {
        return eligibility(Rank.III_A, RANK_SINCE, Education.BACHELOR, Rank.III_D,
                predicates(2025, Predicate.SANGAT_BAIK, 2024, Predicate.BAIK), false);
    }

    /** III/a → III/b on 2026-04-01 (event 4), then III/b → III/c on 2030-04-01 (event 8). */
    private static List<Object> twoPromotions() {
        PromotionEligibility nextFacts = eligibility(Rank.III_B, TMT, Education.BACHELOR, Rank.III_D,
                predicates(2029, Predicate.BAIK, 2028, Predicate.BAIK), false);
        return List.of(registered(), annual(2024, Predicate.BAIK), annual(2025, Predicate.SANGAT_BAIK),
                proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()),
                granted(PROPOSAL, Rank.III_A, Rank.III_B, TMT, facts()),
                annual(2028, Predicate.BAIK), annual(2029, Predicate.BAIK),
                proposed(NEXT_PROPOSAL, Rank.III_B, Rank.III_C, NEXT_TMT, nextFacts),
                granted(NEXT_PROPOSAL, Rank.III_B, Rank.III_C, NEXT_TMT, nextFacts));
    }

    private static PlacedInPosition placed(String title, LocalDate effectiveDate, String previousTitle,
                                           String previousWorkUnit) {
        return new PlacedInPosition(NIP, PositionKind.SUPERVISOR, title, WORK_UNIT, effectiveDate, DECREE,
                previousTitle, previousWorkUnit);
    }

    private static RevokeDecision revoke(String eventId) {
        return new RevokeDecision(NIP, eventId, REVOKED_ON, "PPK Kota Bandung", DECREE);
    }
}
