package id.jejak.command.civilservant;

import id.jejak.career.performance.PredicateMatrix;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.PromotionEligibility;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.promotion.PromotionRejected;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.promotion.RejectPromotion;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.APPROVER;
import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.PROPOSER;
import static id.jejak.command.civilservant.CareerFixtures.actedBy;
import static id.jejak.command.civilservant.CareerFixtures.allowanceCut;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.eligibility;
import static id.jejak.command.civilservant.CareerFixtures.fact;
import static id.jejak.command.civilservant.CareerFixtures.failedRules;
import static id.jejak.command.civilservant.CareerFixtures.granted;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.periodic;
import static id.jejak.command.civilservant.CareerFixtures.predicates;
import static id.jejak.command.civilservant.CareerFixtures.proposed;
import static id.jejak.command.civilservant.CareerFixtures.registered;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;
import static id.jejak.command.civilservant.CareerFixtures.with;

/**
 * Regular promotion (kenaikan pangkat reguler): proposed by HR when every rule holds, decided by another official
 * (four eyes), and checked again when granted.
 */
class PromotionTest {

    /** The TMT of the current rank, five years before the promotion date. */
    private static final LocalDate RANK_SINCE = LocalDate.of(2021, 4, 1);
    /** A promotion date (TMT) of the default policy. */
    private static final LocalDate TMT = LocalDate.of(2026, 4, 1);
    private static final UUID PROPOSAL = id("proposal");
    private static final UUID SANCTION = id("sanction");

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
        fixture.registerInjectableResource(PromotionPolicy.defaults());
        fixture.registerInjectableResource(PredicateMatrix.PERMENPANRB_6_2022);
    }

    // --- an eligible proposal -------------------------------------------------------------------------------------

    @Test
    void aProposalForAnEligiblePnsEmitsPromotionProposedWithTheFactsChecked() {
        fixture.given(eligible())
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibleFacts()));
    }

    // --- years in rank --------------------------------------------------------------------------------------------

    @Test
    void aProposalExactlyFourYearsAfterTheRanksStartIsAllowed() {
        LocalDate rankSince = LocalDate.of(2022, 4, 1);

        fixture.given(registeredPns(Rank.III_A, rankSince, Education.BACHELOR), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibility(Rank.III_A, rankSince,
                        Education.BACHELOR, Rank.III_D, predicates(2025, Predicate.SANGAT_BAIK, 2024, Predicate.BAIK),
                        false)));
    }

    @Test
    void aProposalOneDayShortOfFourYearsInRankIsRefused() {
        fixture.given(registeredPns(Rank.III_A, LocalDate.of(2022, 4, 2), Education.BACHELOR),
                        annual(2024, Predicate.BAIK), annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_MIN_YEARS_IN_RANK"))
                .expectException(fact("eligibleFrom", LocalDate.of(2026, 4, 2)));
    }

    // --- promotion dates ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-01", "2026-04-01", "2026-06-01", "2026-08-01", "2026-10-01", "2026-12-01"})
    void aProposalOnAPromotionDateIsAllowed(LocalDate promotionDate) {
        fixture.given(eligible())
                .when(propose(Rank.III_B, promotionDate), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, promotionDate, eligibleFacts()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2026-01-01", "2026-03-31", "2026-04-02"})
    void aProposalOnAnyOtherDateIsRefused(LocalDate otherDate) {
        fixture.given(eligible())
                .when(propose(Rank.III_B, otherDate), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_DATE_NOT_ALLOWED"))
                .expectException(failedRules("PROMOTION_DATE_NOT_ALLOWED"));
    }

    // --- the next rank --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Rank.class, names = {"III_C", "III_A", "II_D"})
    void aProposalToAnyRankButTheNextIsRefused(Rank target) {
        fixture.given(eligible())
                .when(propose(target, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_NOT_NEXT_RANK"))
                .expectException(fact("nextRank", Rank.III_B));
    }

    @Test
    void aProposalFromTheHighestRankIsRefusedSinceThereIsNoNextRank() {
        fixture.given(registeredPns(Rank.IV_E, RANK_SINCE, Education.DOCTORATE), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.BAIK))
                .when(propose(Rank.IV_E, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_NO_HIGHER_RANK"))
                .expectException(fact("rank", Rank.IV_E));
    }

    // --- two years of at least Baik -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Predicate.class, names = {"BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"})
    void aProposalWithLastYearBelowBaikIsRefused(Predicate belowBaik) {
        fixture.given(pns(), annual(2024, Predicate.BAIK), annual(2025, belowBaik))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"))
                .expectException(fact("annualPredicates", Map.of(2024, "BAIK", 2025, belowBaik.name())));
    }

    @ParameterizedTest
    @EnumSource(value = Predicate.class, names = {"BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"})
    void aProposalWithTheYearBeforeBelowBaikIsRefused(Predicate belowBaik) {
        fixture.given(pns(), annual(2024, belowBaik), annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"));
    }

    @Test
    void aProposalWithoutAnAnnualEvaluationOfTheYearBeforeLastIsRefused() {
        fixture.given(pns(), annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"))
                .expectException(fact("annualPredicates", Map.of(2024, "-", 2025, "SANGAT_BAIK")));
    }

    @Test
    void aProposalWithoutAnAnnualEvaluationOfLastYearIsRefused() {
        fixture.given(pns(), annual(2024, Predicate.BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"));
    }

    @Test
    void aPeriodicEvaluationDoesNotStandInForTheAnnualOne() {
        fixture.given(pns(), periodic(id("semester-2024"), 2024, Predicate.SANGAT_BAIK),
                        annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"));
    }

    @Test
    void evaluationsOfEarlierYearsDoNotStandInForTheLastTwo() {
        fixture.given(pns(), annual(2022, Predicate.SANGAT_BAIK), annual(2023, Predicate.SANGAT_BAIK),
                        annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PREDICATES_BELOW_BAIK"));
    }

    @Test
    void aProposalWithBothYearsExactlyBaikIsAllowed() {
        fixture.given(pns(), annual(2024, Predicate.BAIK), annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibility(Rank.III_A, RANK_SINCE,
                        Education.BACHELOR, Rank.III_D, predicates(2025, Predicate.BAIK, 2024, Predicate.BAIK),
                        false)));
    }

    // --- no sanction in force -------------------------------------------------------------------------------------

    @Test
    void aProposalWhileASanctionIsInForceOnThePromotionDateIsRefused() {
        fixture.given(with(eligible(), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2))))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_SANCTION_IN_FORCE"));
    }

    @Test
    void aRefusalForASanctionInForceNamesTheSanction() {
        fixture.given(with(eligible(), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2))))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectException(fact("sanctionId", SANCTION))
                .expectException(fact("sanctionType", SanctionType.ALLOWANCE_CUT))
                .expectException(fact("sanctionLevel", SanctionLevel.MEDIUM))
                .expectException(fact("sanctionFrom", LocalDate.of(2025, 10, 2)))
                .expectException(fact("sanctionEndsOn", LocalDate.of(2026, 4, 2)));
    }

    @Test
    void ofTwoSanctionsInForceTheRefusalNamesTheOneThatEndsLast() {
        UUID longer = id("longer-sanction");
        fixture.given(with(eligible(), allowanceCut(longer, 12, LocalDate.of(2025, 9, 1)),
                        allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2))))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectException(violationOf("PROMOTION_SANCTION_IN_FORCE"))
                .expectException(fact("sanctionId", longer))
                .expectException(fact("sanctionEndsOn", LocalDate.of(2026, 9, 1)));
    }

    @Test
    void aProposalOnTheDayASanctionEndsIsAllowed() {
        // six months from 2025-10-01 end on 2026-04-01: in force until the day before the promotion date
        fixture.given(with(eligible(), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 1))))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibleFacts()));
    }

    @Test
    void aProposalOnTheDayASanctionStartsIsRefused() {
        fixture.given(with(eligible(), allowanceCut(SANCTION, 6, TMT)))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_SANCTION_IN_FORCE"));
    }

    @Test
    void aProposalWhileASanctionRevokedOnAppealWouldRunIsAllowed() {
        fixture.given(with(eligible(), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 2)),
                        new SanctionRevoked(NIP, SANCTION, LocalDate.of(2025, 12, 1), "Badan Pertimbangan ASN",
                                DECREE)))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibleFacts()));
    }

    // --- the ceiling by education ---------------------------------------------------------------------------------

    @Test
    void aProposalAboveTheCeilingOfTheEducationIsRefused() {
        fixture.given(registeredPns(Rank.III_B, RANK_SINCE, Education.SENIOR_HIGH), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_C, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_ABOVE_EDUCATION_CEILING"))
                .expectException(fact("ceiling", Rank.III_B));
    }

    @Test
    void aProposalUpToTheCeilingOfTheEducationIsAllowed() {
        fixture.given(registeredPns(Rank.III_A, RANK_SINCE, Education.SENIOR_HIGH), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibility(Rank.III_A, RANK_SINCE,
                        Education.SENIOR_HIGH, Rank.III_B, predicates(2025, Predicate.BAIK, 2024, Predicate.BAIK),
                        false)));
    }

    @Test
    void aProposalAboveTheCeilingOfABachelorIsRefused() {
        fixture.given(registeredPns(Rank.III_D, RANK_SINCE, Education.BACHELOR), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.BAIK))
                .when(propose(Rank.IV_A, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_ABOVE_EDUCATION_CEILING"))
                .expectException(fact("ceiling", Rank.III_D));
    }

    @Test
    void aHigherEducationRecordedLaterRaisesTheCeiling() {
        fixture.given(registeredPns(Rank.III_D, RANK_SINCE, Education.BACHELOR), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.BAIK),
                        new EducationRecorded(NIP, Education.MASTER, "Universitas Padjadjaran",
                                LocalDate.of(2025, 8, 30)))
                .when(propose(Rank.IV_A, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_D, Rank.IV_A, TMT, eligibility(Rank.III_D, RANK_SINCE,
                        Education.MASTER, Rank.IV_A, predicates(2025, Predicate.BAIK, 2024, Predicate.BAIK), false)));
    }

    @Test
    void aProposalWithoutARecordedEducationIsRefused() {
        fixture.given(registeredPns(Rank.III_A, RANK_SINCE, null), annual(2024, Predicate.BAIK),
                        annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_EDUCATION_UNKNOWN"));
    }

    // --- only a PNS -----------------------------------------------------------------------------------------------

    @Test
    void aProposalForACpnsIsRefused() {
        fixture.given(registered(EmploymentType.CPNS, Rank.III_A, RANK_SINCE, Education.BACHELOR, RANK_SINCE),
                        annual(2024, Predicate.BAIK), annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_ONLY_FOR_PNS"))
                .expectException(failedRules("PROMOTION_ONLY_FOR_PNS"));
    }

    @Test
    void aProposalForAPppkIsRefused() {
        fixture.given(registered(EmploymentType.PPPK, null, null, Education.BACHELOR, RANK_SINCE),
                        annual(2024, Predicate.BAIK), annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_ONLY_FOR_PNS"));
    }

    @Test
    void aProposalForACpnsConfirmedAsPnsIsAllowed() {
        fixture.given(registered(EmploymentType.CPNS, Rank.III_A, RANK_SINCE, Education.BACHELOR, RANK_SINCE),
                        new ConfirmedAsPns(NIP, LocalDate.of(2022, 6, 1), DECREE),
                        annual(2024, Predicate.BAIK), annual(2025, Predicate.SANGAT_BAIK))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibleFacts()));
    }

    // --- every failed rule at once --------------------------------------------------------------------------------

    @Test
    void aProposalFailingSeveralRulesNamesThemAll() {
        CivilServantRegistered recentlyRanked = registered(EmploymentType.PNS, Rank.III_A, LocalDate.of(2023, 4, 1),
                Education.BACHELOR, LocalDate.of(2023, 6, 1));

        fixture.given(recentlyRanked, allowanceCut(SANCTION, 12, LocalDate.of(2025, 6, 2)))
                .when(propose(Rank.IV_A, LocalDate.of(2026, 3, 1)), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_DATE_NOT_ALLOWED"))
                .expectException(failedRules("PROMOTION_DATE_NOT_ALLOWED", "PROMOTION_NOT_NEXT_RANK",
                        "PROMOTION_MIN_YEARS_IN_RANK", "PROMOTION_PREDICATES_BELOW_BAIK",
                        "PROMOTION_SANCTION_IN_FORCE", "PROMOTION_ABOVE_EDUCATION_CEILING"))
                .expectException(fact("nextRank", Rank.III_B))
                .expectException(fact("eligibleFrom", LocalDate.of(2027, 4, 1)))
                .expectException(fact("annualPredicates", Map.of(2024, "-", 2025, "-")))
                .expectException(fact("ceiling", Rank.III_D));
    }

    @Test
    void aProposalFailingSeveralRulesWithoutEducationNamesThatToo() {
        fixture.given(registeredPns(Rank.III_A, RANK_SINCE, null), annual(2025, Predicate.BAIK))
                .when(propose(Rank.III_C, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_NOT_NEXT_RANK"))
                .expectException(failedRules("PROMOTION_NOT_NEXT_RANK", "PROMOTION_PREDICATES_BELOW_BAIK",
                        "PROMOTION_EDUCATION_UNKNOWN"));
    }

    // --- one open proposal at a time ------------------------------------------------------------------------------

    @Test
    void aSecondProposalWhileOneAwaitsItsDecisionIsRefused() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(new ProposePromotion(NIP, id("second-proposal"), Rank.III_B, LocalDate.of(2026, 6, 1)),
                        actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PROPOSAL_PENDING"));
    }

    @Test
    void theSameProposalTwiceIsRefused() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(propose(Rank.III_B, TMT), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_ALREADY_PROPOSED"));
    }

    @Test
    void aNewProposalAfterTheEarlierOneWasRejectedIsAllowed() {
        fixture.given(with(eligible(), proposedEvent(), rejectedEvent()))
                .when(new ProposePromotion(NIP, id("second-proposal"), Rank.III_B, LocalDate.of(2026, 6, 1)),
                        actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(id("second-proposal"), Rank.III_A, Rank.III_B, LocalDate.of(2026, 6, 1),
                        eligibleFacts()));
    }

    // --- granting and rejecting: four eyes ------------------------------------------------------------------------

    @Test
    void grantingByAnotherOfficialEmitsPromotionGrantedWithProposerApproverDecreeAndFacts() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromotionGranted(NIP, PROPOSAL, Rank.III_A, Rank.III_B, TMT, DECREE, PROPOSER,
                        APPROVER, eligibleFacts()));
    }

    @Test
    void grantingByTheProposerIsRefused() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    @Test
    void rejectingByAnotherOfficialEmitsPromotionRejected() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(reject(PROPOSAL), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromotionRejected(NIP, PROPOSAL, LocalDate.of(2026, 3, 2), "Berkas belum lengkap",
                        PROPOSER, APPROVER));
    }

    @Test
    void rejectingByTheProposerIsRefused() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(reject(PROPOSAL), actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    /** A proposal recorded without its proposer (before proposers were kept) has no one to keep from deciding. */
    @Test
    void aProposalRecordedWithoutItsProposerMayBeGrantedAndRejected() {
        var anonymous = new PromotionProposed(NIP, PROPOSAL, Rank.III_A, Rank.III_B, TMT, null, eligibleFacts());
        fixture.given(with(eligible(), anonymous))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromotionGranted(NIP, PROPOSAL, Rank.III_A, Rank.III_B, TMT, DECREE, null,
                        APPROVER, eligibleFacts()));
        fixture.given(with(eligible(), anonymous))
                .when(reject(PROPOSAL), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromotionRejected(NIP, PROPOSAL, LocalDate.of(2026, 3, 2), "Berkas belum lengkap",
                        null, APPROVER));
    }

    @Test
    void grantingAnUnknownProposalIsRefused() {
        fixture.given(with(eligible(), proposedEvent()))
                .when(new GrantPromotion(NIP, id("unknown-proposal"), DECREE), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PROPOSAL_NOT_FOUND"));
    }

    @Test
    void rejectingAnUnknownProposalIsRefused() {
        fixture.given(eligible())
                .when(reject(PROPOSAL), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PROPOSAL_NOT_FOUND"));
    }

    @Test
    void grantingAGrantedProposalAgainIsRefused() {
        fixture.given(with(eligible(), proposedEvent(), grantedEvent()))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PROPOSAL_ALREADY_DECIDED"));
    }

    @Test
    void rejectingAGrantedProposalIsRefused() {
        fixture.given(with(eligible(), proposedEvent(), grantedEvent()))
                .when(reject(PROPOSAL), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PROPOSAL_ALREADY_DECIDED"));
    }

    @Test
    void grantingARejectedProposalIsRefused() {
        fixture.given(with(eligible(), proposedEvent(), rejectedEvent()))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_PROPOSAL_ALREADY_DECIDED"));
    }

    // --- granting checks the rules again --------------------------------------------------------------------------

    @Test
    void grantingFailsWhenASanctionImposedAfterTheProposalIsInForceOnThePromotionDate() {
        fixture.given(with(eligible(), proposedEvent(), allowanceCut(SANCTION, 6, LocalDate.of(2026, 1, 5))))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_SANCTION_IN_FORCE"));
    }

    @Test
    void grantingSucceedsWhenASanctionImposedAfterTheProposalEndsByThePromotionDate() {
        fixture.given(with(eligible(), proposedEvent(), allowanceCut(SANCTION, 6, LocalDate.of(2025, 10, 1))))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromotionGranted(NIP, PROPOSAL, Rank.III_A, Rank.III_B, TMT, DECREE, PROPOSER,
                        APPROVER, eligibleFacts()));
    }

    @Test
    void grantingRecordsTheFactsAsTheyAreWhenGranting() {
        fixture.given(with(eligible(), proposedEvent(),
                        new EducationRecorded(NIP, Education.MASTER, "Universitas Padjadjaran",
                                LocalDate.of(2026, 2, 20))))
                .when(new GrantPromotion(NIP, PROPOSAL, DECREE), actedBy(APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PromotionGranted(NIP, PROPOSAL, Rank.III_A, Rank.III_B, TMT, DECREE, PROPOSER,
                        APPROVER, eligibility(Rank.III_A, RANK_SINCE, Education.MASTER, Rank.IV_A,
                        predicates(2025, Predicate.SANGAT_BAIK, 2024, Predicate.BAIK), false)));
    }

    // --- after a grant --------------------------------------------------------------------------------------------

    @Test
    void afterAGrantTheNextProposalStartsFromTheNewRankAndItsDate() {
        LocalDate nextTmt = LocalDate.of(2030, 4, 1);

        fixture.given(with(eligible(), proposedEvent(), grantedEvent(), annual(2028, Predicate.BAIK),
                        annual(2029, Predicate.BAIK)))
                .when(new ProposePromotion(NIP, id("next-proposal"), Rank.III_C, nextTmt), actedBy(PROPOSER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(id("next-proposal"), Rank.III_B, Rank.III_C, nextTmt, eligibility(Rank.III_B,
                        TMT, Education.BACHELOR, Rank.III_D, predicates(2029, Predicate.BAIK, 2028, Predicate.BAIK),
                        false)));
    }

    @Test
    void afterAGrantTheNextProposalNeedsFourYearsFromTheGrantsDate() {
        fixture.given(with(eligible(), proposedEvent(), grantedEvent(), annual(2028, Predicate.BAIK),
                        annual(2029, Predicate.BAIK)))
                .when(new ProposePromotion(NIP, id("next-proposal"), Rank.III_C, LocalDate.of(2030, 2, 1)),
                        actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_MIN_YEARS_IN_RANK"))
                .expectException(fact("eligibleFrom", LocalDate.of(2030, 4, 1)));
    }

    @Test
    void afterAGrantTheGrantedRankIsNoLongerTheNext() {
        fixture.given(with(eligible(), proposedEvent(), grantedEvent(), annual(2028, Predicate.BAIK),
                        annual(2029, Predicate.BAIK)))
                .when(new ProposePromotion(NIP, id("next-proposal"), Rank.III_B, LocalDate.of(2030, 4, 1)),
                        actedBy(PROPOSER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROMOTION_NOT_NEXT_RANK"))
                .expectException(fact("nextRank", Rank.III_C));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** A PNS in III/a since 2021-04-01 with a bachelor's degree. */
    private static CivilServantRegistered pns() {
        return registeredPns(Rank.III_A, RANK_SINCE, Education.BACHELOR);
    }

    /** A PNS who may be promoted to III/b on 2026-04-01: five years in rank, 2024 Baik and 2025 Sangat Baik. */
    private static List<Object> eligible() {
        return List.of(pns(), annual(2024, Predicate.BAIK), annual(2025, Predicate.SANGAT_BAIK));
    }

    /** What the check of {@link #eligible()} finds for a promotion in 2026. */
    private static PromotionEligibility eligibleFacts() {
        return eligibility(Rank.III_A, RANK_SINCE, Education.BACHELOR, Rank.III_D,
                predicates(2025, Predicate.SANGAT_BAIK, 2024, Predicate.BAIK), false);
    }

    private static ProposePromotion propose(Rank target, LocalDate effectiveDate) {
        return new ProposePromotion(NIP, PROPOSAL, target, effectiveDate);
    }

    private static RejectPromotion reject(UUID proposalId) {
        return new RejectPromotion(NIP, proposalId, LocalDate.of(2026, 3, 2), "Berkas belum lengkap");
    }

    private static Object proposedEvent() {
        return proposed(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibleFacts());
    }

    private static Object grantedEvent() {
        return granted(PROPOSAL, Rank.III_A, Rank.III_B, TMT, eligibleFacts());
    }

    private static Object rejectedEvent() {
        return new PromotionRejected(NIP, PROPOSAL, LocalDate.of(2026, 3, 2), "Berkas belum lengkap", PROPOSER,
                APPROVER);
    }
}
