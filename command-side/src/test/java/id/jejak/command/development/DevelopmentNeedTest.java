package id.jejak.command.development;

import id.jejak.command.programme.ParticipantEligibility;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.CloseDevelopmentNeed;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentKind;
import id.jejak.kernel.development.DevelopmentNeedClosed;
import id.jejak.kernel.development.DevelopmentNeedEndorsed;
import id.jejak.kernel.development.DevelopmentNeedIdentified;
import id.jejak.kernel.development.DevelopmentNeedProposed;
import id.jejak.kernel.development.DevelopmentNeedRefused;
import id.jejak.kernel.development.EndorseDevelopmentNeed;
import id.jejak.kernel.development.IdentifyDevelopmentNeed;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.development.ProposeDevelopmentNeed;
import id.jejak.kernel.development.RefuseDevelopmentNeed;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

class DevelopmentNeedTest {

    static final UUID NEED = UUID.fromString("5a0e6c1d-2b3f-4e8a-9c7d-1f2e3a4b5c6d");
    static final UnitCode DINKES = UnitCode.of("DINKES");
    static final Nip BUDI = Nip.of("198609262015051001");
    static final Nip SITI = Nip.of("199001152019032002");
    static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    private static final UUID BELOW_BAIK = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BAIK = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID CLOSED_COACHING = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID OPEN_COACHING = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID COMPLETED_TRAINING = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID OPEN_TRAINING = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    private AggregateTestFixture<DevelopmentNeed> fixture;

    /** The records a need reads are tested with their own aggregates; here they answer fixed facts. */
    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DevelopmentNeed.class);
        fixture.registerInjectableResource((ParticipantEligibility) (nip, command) -> {
        });
        fixture.registerInjectableResource(new PersonRecords() {
            @Override
            public Optional<Predicate> evaluationPredicate(Nip nip, UUID evaluationId) {
                return evaluationId.equals(BELOW_BAIK) ? Optional.of(Predicate.BUTUH_PERBAIKAN)
                        : evaluationId.equals(BAIK) ? Optional.of(Predicate.BAIK) : Optional.empty();
            }

            @Override
            public Optional<Boolean> coachingClosed(Nip nip, UUID coachingId) {
                return coachingId.equals(CLOSED_COACHING) ? Optional.of(true)
                        : coachingId.equals(OPEN_COACHING) ? Optional.of(false) : Optional.empty();
            }

            @Override
            public boolean trainingCompleted(Nip nip, UUID trainingId) {
                return trainingId.equals(COMPLETED_TRAINING);
            }
        });
        fixture.registerInjectableResource((ProgrammeRecords) (programmeId, nip) -> false);
        fixture.registerInjectableResource((UnitRecords) (unit, period) -> switch (period) {
            case "2025-S1" -> Optional.of(SatisfactionIndex.of(new BigDecimal("70.10")));
            case "2025-S2" -> Optional.of(SatisfactionIndex.of(new BigDecimal("76.61")));
            default -> Optional.empty();
        });
        fixture.registerInjectableResource(NeedPolicy.DEFAULT);
    }

    // --- sources ---------------------------------------------------------------------------------------------------

    @Test
    void aNeedFromAnEvaluationBelowBaikIsIdentified() {
        fixture.givenNoPriorActivity()
                .when(fromSource(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK))
                .expectSuccessfulHandlerExecution()
                .expectEvents(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK));
    }

    @Test
    void aNeedFromAnEvaluationOfBaikIsRefused() {
        fixture.givenNoPriorActivity()
                .when(fromSource(NeedSource.PERFORMANCE_EVALUATION, BAIK))
                .expectNoEvents()
                .expectException(violationOf("NEED_EVALUATION_NOT_BELOW_BAIK"));
    }

    @Test
    void aNeedFromAnEvaluationNeverRecordedIsRefusedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(fromSource(NeedSource.PERFORMANCE_EVALUATION, UUID.randomUUID()))
                .expectNoEvents()
                .expectException(violationOf("EVALUATION_NOT_FOUND"));
    }

    @Test
    void aNeedFromAClosedCoachingIsIdentified() {
        fixture.givenNoPriorActivity()
                .when(fromSource(NeedSource.COACHING_OUTCOME, CLOSED_COACHING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(identified(NeedSource.COACHING_OUTCOME, CLOSED_COACHING));
    }

    @Test
    void aNeedFromACoachingStillOpenIsRefused() {
        fixture.givenNoPriorActivity()
                .when(fromSource(NeedSource.COACHING_OUTCOME, OPEN_COACHING))
                .expectNoEvents()
                .expectException(violationOf("NEED_COACHING_NOT_CLOSED"));
    }

    @Test
    void aNeedOfTwoPeopleFromOneEvaluationIsRefusedAsIncomplete() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyDevelopmentNeed(NEED, DINKES, List.of(BUDI, SITI),
                        NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK, null, null, null, null, null, "kinerja", DAY))
                .expectNoEvents()
                .expectException(violationOf("NEED_SOURCE_INCOMPLETE"));
    }

    @Test
    void aGroupsCompetencyGapIsIdentified() {
        fixture.givenNoPriorActivity()
                .when(gap(List.of(BUDI, SITI), CompetencyCategory.MANAGERIAL, 2, 3))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentNeedIdentified(NEED, DINKES, List.of(BUDI, SITI),
                        NeedSource.COMPETENCY_GAP, null, null, CompetencyCategory.MANAGERIAL, "Kepemimpinan", 2, 3,
                        "kesenjangan", DAY, null));
    }

    @Test
    void aCompetencyAtItsRequiredLevelIsNoGapAndIsRefused() {
        fixture.givenNoPriorActivity()
                .when(gap(List.of(BUDI), CompetencyCategory.TECHNICAL, 3, 3))
                .expectNoEvents()
                .expectException(violationOf("NEED_NO_COMPETENCY_GAP"));
    }

    @Test
    void aCompetencyGapWithoutItsCategoryIsRefusedAsIncomplete() {
        fixture.givenNoPriorActivity()
                .when(gap(List.of(BUDI), null, 2, 3))
                .expectNoEvents()
                .expectException(violationOf("NEED_SOURCE_INCOMPLETE"));
    }

    @Test
    void aUnitsSatisfactionBelowTheThresholdIsAWholeUnitsNeed() {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025-S1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentNeedIdentified(NEED, DINKES, List.of(), NeedSource.CITIZEN_SATISFACTION,
                        null, "2025-S1", CompetencyCategory.SOCIO_CULTURAL, null, null, null, "pelayanan", DAY,
                        new BigDecimal("76.61")));
    }

    @Test
    void aUnitsSatisfactionAtTheThresholdIsRefused() {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2025-S2"))
                .expectNoEvents()
                .expectException(violationOf("NEED_SATISFACTION_NOT_BELOW_THRESHOLD"));
    }

    @Test
    void aUnitsSatisfactionNeverSurveyedIsRefusedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(satisfaction("2024"))
                .expectNoEvents()
                .expectException(violationOf("NEED_SATISFACTION_NOT_RECORDED"));
    }

    @Test
    void aSelfProposalRecordedByHrIsRefused() {
        fixture.givenNoPriorActivity()
                .when(fromSource(NeedSource.SELF_PROPOSAL, null))
                .expectNoEvents()
                .expectException(violationOf("NEED_SELF_PROPOSAL_BY_THE_PERSON"));
    }

    // --- a civil servant's own proposal ---------------------------------------------------------------------------

    @Test
    void aCivilServantsProposalIsRecordedWithWhoSentIt() {
        fixture.givenNoPriorActivity()
                .when(new ProposeDevelopmentNeed(NEED, DINKES, BUDI, CompetencyCategory.TECHNICAL, "Analisis data",
                        "pelatihan analisis data", DAY), actedBy("budi"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed());
    }

    @Test
    void theHeadOfUnitEndorsesAProposal() {
        fixture.given(proposed())
                .when(new EndorseDevelopmentNeed(NEED, DAY), actedBy("kepala"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentNeedEndorsed(NEED, DINKES, BUDI, DAY, "budi", "kepala"));
    }

    @Test
    void theProposerCannotEndorseTheirOwnProposal() {
        fixture.given(proposed())
                .when(new EndorseDevelopmentNeed(NEED, DAY), actedBy("budi"))
                .expectNoEvents()
                .expectException(violationOf("FOUR_EYES_PROPOSER_CANNOT_DECIDE"));
    }

    @Test
    void theHeadOfUnitRefusesAProposalWithGrounds() {
        fixture.given(proposed())
                .when(new RefuseDevelopmentNeed(NEED, DAY, "sudah mengikuti tahun lalu"), actedBy("kepala"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentNeedRefused(NEED, DINKES, BUDI, DAY, "sudah mengikuti tahun lalu",
                        "budi", "kepala"));
    }

    @Test
    void aProposalAlreadyRefusedCannotBeEndorsed() {
        fixture.given(proposed(), new DevelopmentNeedRefused(NEED, DINKES, BUDI, DAY, "tidak", "budi", "kepala"))
                .when(new EndorseDevelopmentNeed(NEED, DAY), actedBy("kepala2"))
                .expectNoEvents()
                .expectException(violationOf("NEED_PROPOSAL_ALREADY_DECIDED"));
    }

    @Test
    void aNeedHrIdentifiedIsNoProposalToEndorse() {
        fixture.given(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK))
                .when(new EndorseDevelopmentNeed(NEED, DAY), actedBy("kepala"))
                .expectNoEvents()
                .expectException(violationOf("NEED_NOT_A_PROPOSAL"));
    }

    // --- closing a need --------------------------------------------------------------------------------------------

    @Test
    void aNeedIsClosedByATrainingItsPersonCompleted() {
        fixture.given(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK))
                .when(new CloseDevelopmentNeed(NEED, BUDI, DevelopmentKind.TRAINING, COMPLETED_TRAINING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DevelopmentNeedClosed(NEED, DINKES, BUDI, DevelopmentKind.TRAINING,
                        COMPLETED_TRAINING));
    }

    @Test
    void aTrainingNotCompletedDoesNotCloseANeed() {
        fixture.given(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK))
                .when(new CloseDevelopmentNeed(NEED, BUDI, DevelopmentKind.TRAINING, OPEN_TRAINING))
                .expectNoEvents()
                .expectException(violationOf("DEVELOPMENT_NOT_COMPLETED"));
    }

    @Test
    void aNeedOfOnePersonIsNotClosedByAnothersTraining() {
        fixture.given(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK))
                .when(new CloseDevelopmentNeed(NEED, SITI, DevelopmentKind.TRAINING, COMPLETED_TRAINING))
                .expectNoEvents()
                .expectException(violationOf("NEED_MET_BY_ANOTHER_PERSON"));
    }

    @Test
    void aNeedAlreadyClosedIsNotClosedAgain() {
        fixture.given(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK), new DevelopmentNeedClosed(NEED,
                        DINKES, BUDI, DevelopmentKind.TRAINING, COMPLETED_TRAINING))
                .when(new CloseDevelopmentNeed(NEED, BUDI, DevelopmentKind.TRAINING, COMPLETED_TRAINING))
                .expectNoEvents()
                .expectException(violationOf("NEED_ALREADY_CLOSED"));
    }

    @Test
    void aProposalNotYetEndorsedIsNotClosed() {
        fixture.given(proposed())
                .when(new CloseDevelopmentNeed(NEED, BUDI, DevelopmentKind.TRAINING, COMPLETED_TRAINING))
                .expectNoEvents()
                .expectException(violationOf("NEED_NOT_ENDORSED"));
    }

    // --- what a plan asks of a need --------------------------------------------------------------------------------

    @Test
    void aPlanOfTheNeedsUnitMayAnswerItAndLearnsItsPeople() {
        DevelopmentNeed need = new DevelopmentNeed();
        need.on(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK));

        assertThat(need.requireAnswerableBy(DINKES)).containsExactly(BUDI);
    }

    @Test
    void aPlanOfAnotherUnitMayNotAnswerTheNeed() {
        DevelopmentNeed need = new DevelopmentNeed();
        need.on(identified(NeedSource.PERFORMANCE_EVALUATION, BELOW_BAIK));

        assertThatThrownBy(() -> need.requireAnswerableBy(UnitCode.of("DISDIK")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.details().code()).isEqualTo("NEED_OF_ANOTHER_UNIT");
                    assertThat(violation.details().refusal()).isEqualTo(Refusal.REFUSED);
                });
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static IdentifyDevelopmentNeed fromSource(NeedSource source, UUID sourceId) {
        return new IdentifyDevelopmentNeed(NEED, DINKES, List.of(BUDI), source, sourceId, null, null, null, null,
                null, "kinerja", DAY);
    }

    private static DevelopmentNeedIdentified identified(NeedSource source, UUID sourceId) {
        return new DevelopmentNeedIdentified(NEED, DINKES, List.of(BUDI), source, sourceId, null, null, null, null,
                null, "kinerja", DAY, null);
    }

    private static IdentifyDevelopmentNeed gap(List<Nip> nips, CompetencyCategory category, int current,
                                               int required) {
        return new IdentifyDevelopmentNeed(NEED, DINKES, nips, NeedSource.COMPETENCY_GAP, null, null, category,
                "Kepemimpinan", current, required, "kesenjangan", DAY);
    }

    private static IdentifyDevelopmentNeed satisfaction(String period) {
        return new IdentifyDevelopmentNeed(NEED, DINKES, List.of(), NeedSource.CITIZEN_SATISFACTION, null, period,
                CompetencyCategory.SOCIO_CULTURAL, null, null, null, "pelayanan", DAY);
    }

    private static DevelopmentNeedProposed proposed() {
        return new DevelopmentNeedProposed(NEED, DINKES, BUDI, CompetencyCategory.TECHNICAL, "Analisis data",
                "pelatihan analisis data", DAY, "budi");
    }

    static Map<String, Object> actedBy(String actor) {
        return Map.of(EventMetadata.ACTOR_ID, actor);
    }

    static Matcher<RuleViolation> violationOf(String code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.details().code();
            }
        };
    }
}
