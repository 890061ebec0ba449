package id.jejak.command.development;

import id.jejak.command.programme.ParticipantEligibility;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.AmendDevelopmentPlan;
import id.jejak.kernel.development.ApproveDevelopmentPlan;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentKind;
import id.jejak.kernel.development.DevelopmentPlanApproved;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.DevelopmentPlanProposed;
import id.jejak.kernel.development.DevelopmentPlanRejected;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.PlanItemRealised;
import id.jejak.kernel.development.ProposeDevelopmentPlan;
import id.jejak.kernel.development.RecordPlanRealisation;
import id.jejak.kernel.development.RejectDevelopmentPlan;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.jejak.command.development.DevelopmentNeedTest.BUDI;
import static id.jejak.command.development.DevelopmentNeedTest.DAY;
import static id.jejak.command.development.DevelopmentNeedTest.DINKES;
import static id.jejak.command.development.DevelopmentNeedTest.NEED;
import static id.jejak.command.development.DevelopmentNeedTest.SITI;
import static id.jejak.command.development.DevelopmentNeedTest.actedBy;
import static id.jejak.command.development.DevelopmentNeedTest.violationOf;

class DevelopmentPlanTest {

    private static final DevelopmentPlanId PLAN = new DevelopmentPlanId(DINKES, 2026);
    private static final UUID ITEM = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private static final UUID OTHER_UNITS_NEED = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID MET_NEED = UUID.fromString("00000000-0000-0000-0000-0000000000ab");
    private static final UUID ADDED = UUID.fromString("00000000-0000-0000-0000-0000000000dd");
    private static final UUID TRAINING = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final UUID PROGRAMME = UUID.fromString("00000000-0000-0000-0000-0000000000cc");

    private AggregateTestFixture<DevelopmentPlan> fixture;

    /** The needs' own rules are DevelopmentNeedTest's; here one need of Budi stands and another is another unit's. */
    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DevelopmentPlan.class);
        fixture.registerInjectableResource((ParticipantEligibility) (nip, command) -> {
        });
        fixture.registerInjectableResource((NeedRegister) (needId, unit) -> {
            if (needId.equals(MET_NEED)) {
                throw new RuleViolation(Refusal.CONFLICT, "NEED_ALREADY_CLOSED", "a need already met",
                        Map.of("needId", needId));
            }
            if (needId.equals(OTHER_UNITS_NEED)) {
                throw new RuleViolation(Refusal.REFUSED, "NEED_OF_ANOTHER_UNIT", "another unit's need",
                        Map.of("needId", needId));
            }
            return List.of(BUDI);
        });
        fixture.registerInjectableResource(new PersonRecords() {
            @Override
            public Optional<id.jejak.kernel.performance.Predicate> evaluationPredicate(Nip nip, UUID evaluationId) {
                return Optional.empty();
            }

            @Override
            public Optional<Boolean> coachingClosed(Nip nip, UUID coachingId) {
                return Optional.empty();
            }

            @Override
            public boolean trainingCompleted(Nip nip, UUID trainingId) {
                return trainingId.equals(TRAINING);
            }
        });
        fixture.registerInjectableResource((ProgrammeRecords) (programmeId, nip) -> programmeId.equals(PROGRAMME));
    }

    // --- proposal and four eyes ------------------------------------------------------------------------------------

    @Test
    void hrProposesTheFirstVersionOfAUnitsPlan() {
        fixture.givenNoPriorActivity()
                .when(new ProposeDevelopmentPlan(PLAN, List.of(item(24))), actedBy("hr"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(1, null, 24));
    }

    @Test
    void anItemNamingSomeoneWhoseNeedItDoesNotAnswerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeDevelopmentPlan(PLAN, List.of(itemFor(List.of(NEED), List.of(BUDI, SITI), 24))),
                        actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_ITEM_PERSON_WITHOUT_NEED"));
    }

    @Test
    void anItemAnsweringAnotherUnitsNeedIsRefusedByTheNeed() {
        fixture.givenNoPriorActivity()
                .when(new ProposeDevelopmentPlan(PLAN, List.of(itemFor(List.of(OTHER_UNITS_NEED), List.of(BUDI),
                        24))), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("NEED_OF_ANOTHER_UNIT"));
    }

    @Test
    void twoItemsWithOneIdAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeDevelopmentPlan(PLAN, List.of(item(24), item(12))), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_ITEM_DUPLICATE"));
    }

    @Test
    void anotherOfficialApprovesTheProposedVersion() {
        fixture.given(proposed(1, null, 24))
                .when(new ApproveDevelopmentPlan(PLAN, DAY), actedBy("approver"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentPlanApproved(PLAN, 1, DAY, "hr", "approver"));
    }

    @Test
    void theProposerCannotApproveTheirOwnPlan() {
        fixture.given(proposed(1, null, 24))
                .when(new ApproveDevelopmentPlan(PLAN, DAY), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    @Test
    void theProposerCannotRejectTheirOwnPlanEither() {
        fixture.given(proposed(1, null, 24))
                .when(new RejectDevelopmentPlan(PLAN, DAY, "anggaran"), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    @Test
    void aSecondProposalWhileOneWaitsIsRefused() {
        fixture.given(proposed(1, null, 24))
                .when(new ProposeDevelopmentPlan(PLAN, List.of(item(12))), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_VERSION_PENDING"));
    }

    @Test
    void afterARejectionHrProposesTheNextVersion() {
        fixture.given(proposed(1, null, 24), rejected(1))
                .when(new ProposeDevelopmentPlan(PLAN, List.of(item(12))), actedBy("hr"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(2, null, 12));
    }

    @Test
    void nothingWaitingLeavesNothingToApprove() {
        fixture.given(proposed(1, null, 24), rejected(1))
                .when(new ApproveDevelopmentPlan(PLAN, DAY), actedBy("approver"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_NOTHING_PENDING"));
    }

    @Test
    void anApprovedPlanIsNotProposedAgain() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new ProposeDevelopmentPlan(PLAN, List.of(item(12))), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_ALREADY_APPROVED"));
    }

    // --- amendments ------------------------------------------------------------------------------------------------

    @Test
    void anAmendmentOfTheApprovedPlanIsANewVersionNamingTheOneItAmends() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new AmendDevelopmentPlan(PLAN, List.of(item(32)), "tambahan JP"), actedBy("hr"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentPlanProposed(PLAN, 2, 1, List.of(item(32)), "tambahan JP", "hr"));
    }

    @Test
    void aPlanNotYetApprovedIsNotAmended() {
        fixture.given(proposed(1, null, 24))
                .when(new AmendDevelopmentPlan(PLAN, List.of(item(32)), "tambahan JP"), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_NOT_APPROVED"));
    }

    @Test
    void anAmendmentChangingNothingIsRefused() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new AmendDevelopmentPlan(PLAN, List.of(item(24)), "sama"), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_AMENDMENT_CHANGES_NOTHING"));
    }

    @Test
    void anItemAlreadyCarriedOutCannotBeAmended() {
        fixture.given(proposed(1, null, 24), approved(1), realised(BUDI))
                .when(new AmendDevelopmentPlan(PLAN, List.of(item(32)), "tambahan JP"), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("PLAN_ITEM_ALREADY_REALISED"));
    }

    @Test
    void anAmendmentKeepsAnItemWhoseNeedItsRealisationMetWithoutAskingTheNeedAgain() {
        PlanItem met = itemFor(List.of(MET_NEED), List.of(BUDI), 24);
        fixture.given(new DevelopmentPlanProposed(PLAN, 1, null, List.of(met), null, "hr"), approved(1),
                        realised(BUDI))
                .when(new AmendDevelopmentPlan(PLAN, List.of(met, itemWithId(ADDED, 8)), "tambahan"), actedBy("hr"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentPlanProposed(PLAN, 2, 1, List.of(met, itemWithId(ADDED, 8)),
                        "tambahan", "hr"));
    }

    @Test
    void anAmendmentAddingAnItemForANeedAlreadyMetIsRefused() {
        PlanItem added = new PlanItem(ADDED, List.of(MET_NEED), List.of(BUDI), CompetencyCategory.TECHNICAL,
                TrainingKind.E_LEARNING, "Dasar Statistik", LessonHours.of(8), null, 3, null);
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new AmendDevelopmentPlan(PLAN, List.of(item(24), added), "tambahan"), actedBy("hr"))
                .expectNoEvents()
                .expectException(violationOf("NEED_ALREADY_CLOSED"));
    }

    @Test
    void theApprovedAmendmentIsInForceAndItsItemsAreRealised() {
        PlanItem addedItem = itemWithId(ADDED, 8);
        fixture.given(proposed(1, null, 24), approved(1),
                        new DevelopmentPlanProposed(PLAN, 2, 1, List.of(item(24), addedItem), "tambahan", "hr"),
                        new DevelopmentPlanApproved(PLAN, 2, DAY, "hr", "approver"))
                .when(new RecordPlanRealisation(PLAN, ADDED, BUDI, DevelopmentKind.PROGRAMME, PROGRAMME, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanItemRealised(PLAN, ADDED, BUDI, DevelopmentKind.PROGRAMME, PROGRAMME, null));
    }

    // --- realisation -----------------------------------------------------------------------------------------------

    @Test
    void aCompletedTrainingRealisesAnItemForItsPerson() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new RecordPlanRealisation(PLAN, ITEM, BUDI, DevelopmentKind.TRAINING, TRAINING,
                        new BigDecimal("3500000")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(realised(BUDI));
    }

    @Test
    void aTrainingNotCompletedRealisesNothing() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new RecordPlanRealisation(PLAN, ITEM, BUDI, DevelopmentKind.TRAINING, UUID.randomUUID(), null))
                .expectNoEvents()
                .expectException(violationOf("DEVELOPMENT_NOT_COMPLETED"));
    }

    @Test
    void someoneTheItemDoesNotNameDoesNotRealiseIt() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new RecordPlanRealisation(PLAN, ITEM, SITI, DevelopmentKind.TRAINING, TRAINING, null))
                .expectNoEvents()
                .expectException(violationOf("REALISATION_PERSON_NOT_IN_ITEM"));
    }

    @Test
    void anItemIsRealisedOncePerPerson() {
        fixture.given(proposed(1, null, 24), approved(1), realised(BUDI))
                .when(new RecordPlanRealisation(PLAN, ITEM, BUDI, DevelopmentKind.PROGRAMME, PROGRAMME, null))
                .expectNoEvents()
                .expectException(violationOf("REALISATION_ALREADY_RECORDED"));
    }

    @Test
    void anItemNotInTheVersionInForceIsNotFound() {
        fixture.given(proposed(1, null, 24), approved(1))
                .when(new RecordPlanRealisation(PLAN, UUID.randomUUID(), BUDI, DevelopmentKind.TRAINING, TRAINING,
                        null))
                .expectNoEvents()
                .expectException(violationOf("PLAN_ITEM_NOT_FOUND"));
    }

    @Test
    void aPlanNotYetApprovedIsNotRealised() {
        fixture.given(proposed(1, null, 24))
                .when(new RecordPlanRealisation(PLAN, ITEM, BUDI, DevelopmentKind.TRAINING, TRAINING, null))
                .expectNoEvents()
                .expectException(violationOf("PLAN_NOT_APPROVED"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static PlanItem item(int lessonHours) {
        return itemWithId(ITEM, lessonHours);
    }

    private static PlanItem itemWithId(UUID itemId, int lessonHours) {
        return new PlanItem(itemId, List.of(NEED), List.of(BUDI), CompetencyCategory.TECHNICAL,
                TrainingKind.CLASSROOM, "Pelatihan Analisis Data", LessonHours.of(lessonHours), "BPSDM Provinsi", 2,
                new BigDecimal("3500000"));
    }

    private static PlanItem itemFor(List<UUID> needs, List<Nip> nips, int lessonHours) {
        return new PlanItem(ITEM, needs, nips, CompetencyCategory.TECHNICAL, TrainingKind.CLASSROOM,
                "Pelatihan Analisis Data", LessonHours.of(lessonHours), "BPSDM Provinsi", 2, null);
    }

    private static DevelopmentPlanProposed proposed(int version, Integer amends, int lessonHours) {
        return new DevelopmentPlanProposed(PLAN, version, amends, List.of(item(lessonHours)), null, "hr");
    }

    private static DevelopmentPlanApproved approved(int version) {
        return new DevelopmentPlanApproved(PLAN, version, DAY, "hr", "approver");
    }

    private static DevelopmentPlanRejected rejected(int version) {
        return new DevelopmentPlanRejected(PLAN, version, DAY, "anggaran", "hr", "approver");
    }

    private static PlanItemRealised realised(Nip nip) {
        return new PlanItemRealised(PLAN, ITEM, nip, DevelopmentKind.TRAINING, TRAINING, new BigDecimal("3500000"));
    }

}
