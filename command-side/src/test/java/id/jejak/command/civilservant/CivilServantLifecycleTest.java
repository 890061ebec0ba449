package id.jejak.command.civilservant;

import id.jejak.career.performance.PredicateMatrix;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.command.civilservant.CareerFixtures.End;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmAsPns;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.CorrectIdentity;
import id.jejak.kernel.civilservant.Dismiss;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.civilservant.Retire;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.RevokeDecision;
import id.jejak.kernel.discipline.HeavySanctionProposed;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.RejectHeavySanction;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.CloseCoaching;
import id.jejak.kernel.performance.CoachingOutcome;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.CoachingSessionRecorded;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordCoachingSession;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.promotion.RejectPromotion;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static id.jejak.command.civilservant.CareerFixtures.APPROVER;
import static id.jejak.command.civilservant.CareerFixtures.COACH;
import static id.jejak.command.civilservant.CareerFixtures.DECREE;
import static id.jejak.command.civilservant.CareerFixtures.EVALUATOR;
import static id.jejak.command.civilservant.CareerFixtures.EXAMINER;
import static id.jejak.command.civilservant.CareerFixtures.FULL_NAME;
import static id.jejak.command.civilservant.CareerFixtures.NIP;
import static id.jejak.command.civilservant.CareerFixtures.POSITION;
import static id.jejak.command.civilservant.CareerFixtures.PROPOSER;
import static id.jejak.command.civilservant.CareerFixtures.WORK_UNIT;
import static id.jejak.command.civilservant.CareerFixtures.actedBy;
import static id.jejak.command.civilservant.CareerFixtures.annual;
import static id.jejak.command.civilservant.CareerFixtures.annualId;
import static id.jejak.command.civilservant.CareerFixtures.dismissed;
import static id.jejak.command.civilservant.CareerFixtures.eligibility;
import static id.jejak.command.civilservant.CareerFixtures.givenEventIds;
import static id.jejak.command.civilservant.CareerFixtures.id;
import static id.jejak.command.civilservant.CareerFixtures.periodic;
import static id.jejak.command.civilservant.CareerFixtures.predicates;
import static id.jejak.command.civilservant.CareerFixtures.proposed;
import static id.jejak.command.civilservant.CareerFixtures.registered;
import static id.jejak.command.civilservant.CareerFixtures.registeredPns;
import static id.jejak.command.civilservant.CareerFixtures.retired;
import static id.jejak.command.civilservant.CareerFixtures.revoked;
import static id.jejak.command.civilservant.CareerFixtures.trainingAssigned;
import static id.jejak.command.civilservant.CareerFixtures.trainingCompleted;
import static id.jejak.command.civilservant.CareerFixtures.violationOf;
import static id.jejak.command.civilservant.CareerFixtures.with;

/**
 * A civil servant's standing: registration, confirmation as PNS, identity, education, position, and the end of
 * service after which only corrections may be recorded.
 */
class CivilServantLifecycleTest {

    /** The first day of the appointment month in the NIP (TMT CPNS 2015-05). */
    private static final LocalDate APPOINTED = LocalDate.of(2015, 5, 1);
    /** One year of probation from the first day of the appointment month. */
    private static final LocalDate PROBATION_ENDS = LocalDate.of(2016, 5, 1);

    private static final UUID LATSAR = id("latsar");
    private static final UUID TECHNICAL_TRAINING = id("technical-training");
    private static final LocalDate LATSAR_START = LocalDate.of(2015, 9, 7);
    private static final LocalDate LATSAR_END = LocalDate.of(2015, 11, 27);

    /** Where a PNS registered on 2023-01-02 has held their position since. */
    private static final LocalDate REGISTERED_ON = LocalDate.of(2023, 1, 2);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
        fixture.registerInjectableResource(PredicateMatrix.PERMENPANRB_6_2022);
        fixture.registerInjectableResource(PromotionPolicy.defaults());
    }

    // --- registration: the rank's start ---------------------------------------------------------------------------

    @Test
    void registrationWithTheRankStartingAfterTheRegistrationIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PNS, Rank.III_A, REGISTERED_ON.plusDays(1), REGISTERED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("RANK_SINCE_AFTER_REGISTRATION"));
    }

    @Test
    void registrationWithTheRankStartingOnTheRegistrationDayIsAllowed() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PNS, Rank.III_A, REGISTERED_ON, REGISTERED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(EmploymentType.PNS, Rank.III_A, REGISTERED_ON, Education.BACHELOR,
                        REGISTERED_ON));
    }

    @Test
    void registrationWithTheRankStartingBeforeTheRegistrationKeepsThatStart() {
        LocalDate rankSince = LocalDate.of(2021, 4, 1);

        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PNS, Rank.III_A, rankSince, REGISTERED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registeredPns(Rank.III_A, rankSince, Education.BACHELOR));
    }

    @Test
    void registrationWithoutTheRanksStartCountsTheRankFromTheRegistration() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PNS, Rank.III_A, null, REGISTERED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR));
    }

    @Test
    void registrationOfAPppkIgnoresTheRanksStartSinceAPppkHoldsNoRank() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PPPK, null, REGISTERED_ON.plusDays(1), REGISTERED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(EmploymentType.PPPK, null, null, Education.BACHELOR, REGISTERED_ON));
    }

    // --- confirmation as PNS --------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = EmploymentType.class, names = {"PNS", "PPPK"})
    void confirmationOfSomeoneWhoIsNoCpnsIsRefused(EmploymentType employmentType) {
        fixture.given(registered(employmentType, employmentType == EmploymentType.PNS ? Rank.III_A : null,
                                employmentType == EmploymentType.PNS ? APPOINTED : null, Education.BACHELOR, APPOINTED),
                        trainingAssigned(LATSAR, LATSAR_START, true), trainingCompleted(LATSAR, LATSAR_END))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("NOT_A_CPNS"));
    }

    @Test
    void confirmationOneYearAfterTheAppointmentMonthWithLatsarCompletedIsAllowed() {
        fixture.given(registeredCpns(), trainingAssigned(LATSAR, LATSAR_START, true),
                        trainingCompleted(LATSAR, LATSAR_END))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ConfirmedAsPns(NIP, PROBATION_ENDS, DECREE));
    }

    @Test
    void confirmationOneDayBeforeTheProbationYearEndsIsRefused() {
        fixture.given(registeredCpns(), trainingAssigned(LATSAR, LATSAR_START, true),
                        trainingCompleted(LATSAR, LATSAR_END))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS.minusDays(1), DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROBATION_NOT_COMPLETED"));
    }

    @Test
    void confirmationCountsTheProbationFromTheNipsAppointmentMonthNotFromTheRegistration() {
        CivilServantRegistered registeredLater = registered(EmploymentType.CPNS, Rank.III_A, APPOINTED.plusDays(45),
                Education.BACHELOR, APPOINTED.plusDays(45));

        fixture.given(registeredLater, trainingAssigned(LATSAR, LATSAR_START, true),
                        trainingCompleted(LATSAR, LATSAR_END))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ConfirmedAsPns(NIP, PROBATION_ENDS, DECREE));
    }

    @Test
    void confirmationWithLatsarOnlyAssignedIsRefused() {
        fixture.given(registeredCpns(), trainingAssigned(LATSAR, LATSAR_START, true))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("LATSAR_NOT_COMPLETED"));
    }

    @Test
    void confirmationWithOnlyATrainingOtherThanLatsarCompletedIsRefused() {
        fixture.given(registeredCpns(), trainingAssigned(LATSAR, LATSAR_START, true),
                        trainingAssigned(TECHNICAL_TRAINING, LATSAR_START, false),
                        trainingCompleted(TECHNICAL_TRAINING, LATSAR_END))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("LATSAR_NOT_COMPLETED"));
    }

    @Test
    void confirmationWithoutAnyTrainingIsRefused() {
        fixture.given(registeredCpns())
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("LATSAR_NOT_COMPLETED"));
    }

    @Test
    void confirmationOfSomeoneAlreadyConfirmedIsRefused() {
        fixture.given(registeredCpns(), trainingAssigned(LATSAR, LATSAR_START, true),
                        trainingCompleted(LATSAR, LATSAR_END), new ConfirmedAsPns(NIP, PROBATION_ENDS, DECREE))
                .when(new ConfirmAsPns(NIP, PROBATION_ENDS.plusMonths(1), DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("NOT_A_CPNS"));
    }

    // --- identity correction --------------------------------------------------------------------------------------

    @Test
    void correctingTheNameEmitsIdentityCorrectedWithThePreviousName() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(new CorrectIdentity(NIP, "Budi Santoso Siregar", LocalDate.of(2024, 2, 1), DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IdentityCorrected(NIP, FULL_NAME, "Budi Santoso Siregar", LocalDate.of(2024, 2, 1),
                        DECREE));
    }

    @Test
    void correctingTheNameToTheOneRecordedIsRefused() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(new CorrectIdentity(NIP, FULL_NAME, LocalDate.of(2024, 2, 1), DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("IDENTITY_CORRECTION_CHANGES_NOTHING"));
    }

    @Test
    void correctingTheNameToTheOneAnEarlierCorrectionRecordedIsRefused() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR),
                        new IdentityCorrected(NIP, FULL_NAME, "Budi Santoso Siregar", LocalDate.of(2024, 2, 1),
                                DECREE))
                .when(new CorrectIdentity(NIP, "Budi Santoso Siregar", LocalDate.of(2024, 3, 1), DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("IDENTITY_CORRECTION_CHANGES_NOTHING"));
    }

    @Test
    void correctingTheNameBackAfterAnEarlierCorrectionNamesThatCorrectionAsPrevious() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR),
                        new IdentityCorrected(NIP, FULL_NAME, "Budi Santoso Siregar", LocalDate.of(2024, 2, 1),
                                DECREE))
                .when(new CorrectIdentity(NIP, FULL_NAME, LocalDate.of(2024, 3, 1), DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IdentityCorrected(NIP, "Budi Santoso Siregar", FULL_NAME, LocalDate.of(2024, 3, 1),
                        DECREE));
    }

    // --- education ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Education.class, names = {"ELEMENTARY", "JUNIOR_HIGH", "SENIOR_HIGH", "DIPLOMA_1",
            "DIPLOMA_2", "DIPLOMA_3"})
    void recordingAnEducationBelowTheRecordedOneIsRefused(Education lower) {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(new RecordEducation(NIP, lower, "Politeknik Negeri Bandung", LocalDate.of(2024, 8, 30)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EDUCATION_BELOW_RECORDED"));
    }

    @ParameterizedTest
    @EnumSource(value = Education.class, names = {"BACHELOR", "MASTER", "DOCTORATE"})
    void recordingAnEducationEqualToOrAboveTheRecordedOneIsAllowed(Education education) {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(new RecordEducation(NIP, education, "Universitas Padjadjaran", LocalDate.of(2024, 8, 30)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EducationRecorded(NIP, education, "Universitas Padjadjaran",
                        LocalDate.of(2024, 8, 30)));
    }

    @Test
    void recordingAnEducationWhenNoneIsRecordedIsAllowed() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, null))
                .when(new RecordEducation(NIP, Education.SENIOR_HIGH, "SMA Negeri 3 Bandung", LocalDate.of(2004, 6, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EducationRecorded(NIP, Education.SENIOR_HIGH, "SMA Negeri 3 Bandung",
                        LocalDate.of(2004, 6, 1)));
    }

    @Test
    void recordingAnEducationBelowALaterRecordedOneIsRefused() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR),
                        new EducationRecorded(NIP, Education.MASTER, "Institut Teknologi Bandung",
                                LocalDate.of(2024, 8, 30)))
                .when(new RecordEducation(NIP, Education.BACHELOR, "Universitas Padjadjaran", LocalDate.of(2025, 1, 6)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EDUCATION_BELOW_RECORDED"));
    }

    // --- placement ------------------------------------------------------------------------------------------------

    @Test
    void placingEmitsPlacedInPositionNamingTheRegisteredPositionAsPrevious() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(place("Kepala Subbagian Umum", "Dinas Pendidikan Kota Bandung", REGISTERED_ON.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Subbagian Umum",
                        "Dinas Pendidikan Kota Bandung", REGISTERED_ON.plusDays(1), DECREE, POSITION, WORK_UNIT));
    }

    @Test
    void placingOnTheDayTheCurrentPositionStartedIsRefused() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(place("Kepala Subbagian Umum", "Dinas Pendidikan Kota Bandung", REGISTERED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PLACEMENT_BEFORE_CURRENT_POSITION"));
    }

    @Test
    void placingBeforeTheCurrentPositionStartedIsRefused() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(place("Kepala Subbagian Umum", "Dinas Pendidikan Kota Bandung", REGISTERED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PLACEMENT_BEFORE_CURRENT_POSITION"));
    }

    @Test
    void placingAfterAnEarlierPlacementNamesThatPlacementAsPreviousAndStartsAfterIt() {
        LocalDate placedOn = LocalDate.of(2024, 7, 1);
        PlacedInPosition earlier = new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Subbagian Umum",
                "Dinas Pendidikan Kota Bandung", placedOn, DECREE, POSITION, WORK_UNIT);

        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR), earlier)
                .when(place("Kepala Bagian Umum", "Sekretariat Daerah Kota Bandung", placedOn.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Bagian Umum",
                        "Sekretariat Daerah Kota Bandung", placedOn.plusDays(1), DECREE, "Kepala Subbagian Umum",
                        "Dinas Pendidikan Kota Bandung"));
    }

    @Test
    void placingOnTheDayAnEarlierPlacementStartedIsRefused() {
        LocalDate placedOn = LocalDate.of(2024, 7, 1);
        PlacedInPosition earlier = new PlacedInPosition(NIP, PositionKind.SUPERVISOR, "Kepala Subbagian Umum",
                "Dinas Pendidikan Kota Bandung", placedOn, DECREE, POSITION, WORK_UNIT);

        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR), earlier)
                .when(place("Kepala Bagian Umum", "Sekretariat Daerah Kota Bandung", placedOn))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PLACEMENT_BEFORE_CURRENT_POSITION"));
    }

    // --- end of service -------------------------------------------------------------------------------------------

    @Test
    void retiringEmitsRetired() {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(new Retire(NIP, LocalDate.of(2044, 10, 1), DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new Retired(NIP, LocalDate.of(2044, 10, 1), DECREE));
    }

    @ParameterizedTest
    @EnumSource(value = Honour.class)
    void dismissingEmitsDismissedHonourablyOrNot(Honour honour) {
        boolean honourable = honour == Honour.HONOURABLE;

        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR))
                .when(new Dismiss(NIP, LocalDate.of(2025, 3, 1), DECREE, honourable))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new Dismissed(NIP, LocalDate.of(2025, 3, 1), DECREE, honourable));
    }

    /** Every decision command, with a history in which it is allowed while the civil servant is active. */
    static Stream<Arguments> decisions() {
        List<Object> pns = List.of(registeredPns(Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR),
                annual(2024, Predicate.BAIK), annual(2025, Predicate.BAIK),
                periodic(id("periodic-2025"), 2025, Predicate.BUTUH_PERBAIKAN),
                trainingAssigned(TECHNICAL_TRAINING, LocalDate.of(2025, 3, 10), false));
        CoachingPlanned coachingPlanned = new CoachingPlanned(NIP, id("coaching"), id("periodic-2025"), COACH,
                LocalDate.of(2025, 7, 7), "Menyelesaikan laporan tepat waktu");
        CoachingSessionRecorded session = new CoachingSessionRecorded(NIP, id("coaching"), LocalDate.of(2025, 7, 14),
                "Sesi pertama");
        Object heavyProposal = new HeavySanctionProposed(NIP, id("heavy-proposal"), SanctionType.DEMOTION, 12,
                LocalDate.of(2026, 1, 2), List.of(EXAMINER), PROPOSER);
        Object proposal = proposed(id("proposal"), Rank.III_A, Rank.III_B, LocalDate.of(2026, 4, 1),
                eligibility(Rank.III_A, LocalDate.of(2021, 4, 1), Education.BACHELOR, Rank.III_D,
                        predicates(2025, Predicate.BAIK, 2024, Predicate.BAIK), false));
        return Stream.of(
                Arguments.of("ConfirmAsPns", List.of(registeredCpns(), trainingAssigned(LATSAR, LATSAR_START, true),
                        trainingCompleted(LATSAR, LATSAR_END)), new ConfirmAsPns(NIP, PROBATION_ENDS, DECREE)),
                Arguments.of("RecordEducation", pns, new RecordEducation(NIP, Education.MASTER,
                        "Institut Teknologi Bandung", LocalDate.of(2026, 1, 15))),
                Arguments.of("PlaceInPosition", pns, place("Kepala Subbagian Umum", "Dinas Pendidikan Kota Bandung",
                        LocalDate.of(2026, 1, 2))),
                Arguments.of("Retire", pns, new Retire(NIP, LocalDate.of(2044, 10, 1), DECREE)),
                Arguments.of("Dismiss", pns, new Dismiss(NIP, LocalDate.of(2026, 1, 2), DECREE, true)),
                Arguments.of("AssignTraining", pns, new AssignTraining(NIP, id("another-training"),
                        "Pelatihan Kepemimpinan Pengawas", TrainingKind.CLASSROOM, "BPSDM Provinsi Jawa Barat",
                        LessonHours.of(40), LocalDate.of(2026, 2, 2), false)),
                Arguments.of("RecordTrainingCompletion", pns, new RecordTrainingCompletion(NIP, TECHNICAL_TRAINING,
                        LessonHours.of(24), LocalDate.of(2025, 3, 14), "BPSDM-JB/2025/0042")),
                Arguments.of("RecordPerformanceEvaluation", pns, new RecordPerformanceEvaluation(NIP,
                        id("annual-2023"), EvaluationKind.ANNUAL, 2023, LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31), EVALUATOR, Rating.AS_EXPECTED, Rating.AS_EXPECTED)),
                Arguments.of("PlanCoaching", pns, new PlanCoaching(NIP, id("coaching"), id("periodic-2025"), COACH,
                        LocalDate.of(2025, 7, 7), "Menyelesaikan laporan tepat waktu")),
                Arguments.of("RecordCoachingSession", with(pns, coachingPlanned), new RecordCoachingSession(NIP,
                        id("coaching"), LocalDate.of(2025, 7, 14), "Sesi pertama")),
                Arguments.of("CloseCoaching", with(pns, coachingPlanned, session), new CloseCoaching(NIP,
                        id("coaching"), LocalDate.of(2025, 9, 30), CoachingOutcome.IMPROVED)),
                Arguments.of("ProposeHeavySanction", pns, new ProposeHeavySanction(NIP, id("heavy-proposal"),
                        SanctionType.DEMOTION, 12, LocalDate.of(2026, 1, 2), List.of(EXAMINER))),
                Arguments.of("RejectHeavySanction", with(pns, heavyProposal), new RejectHeavySanction(NIP,
                        id("heavy-proposal"), LocalDate.of(2026, 1, 2), "Berita acara belum lengkap")),
                Arguments.of("ImposeSanction", pns, new ImposeSanction(NIP, id("sanction"), SanctionType.ALLOWANCE_CUT,
                        6, LocalDate.of(2026, 1, 2), DECREE, List.of())),
                Arguments.of("ProposePromotion", pns, new ProposePromotion(NIP, id("proposal"), Rank.III_B,
                        LocalDate.of(2026, 4, 1))),
                Arguments.of("GrantPromotion", with(pns, proposal), new GrantPromotion(NIP, id("proposal"), DECREE)),
                Arguments.of("RejectPromotion", with(pns, proposal), new RejectPromotion(NIP, id("proposal"),
                        LocalDate.of(2026, 3, 2), "Berkas belum lengkap")),
                Arguments.of("GrantAward", pns, new GrantAward(NIP, id("award"), "Pegawai Teladan 2025",
                        List.of(annualId(2025)), LocalDate.of(2026, 1, 15), DECREE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void everyDecisionIsAllowedWhileTheCivilServantIsActive(String name, List<Object> history, Object command) {
        fixture.given(history)
                .when(command, actedBy(APPROVER))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void everyDecisionIsRefusedAfterRetirement(String name, List<Object> history, Object command) {
        fixture.given(with(history, retired(LocalDate.of(2026, 1, 1))))
                .when(command, actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void everyDecisionIsRefusedAfterDismissal(String name, List<Object> history, Object command) {
        fixture.given(with(history, dismissed(LocalDate.of(2026, 1, 1))))
                .when(command, actedBy(APPROVER))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @ParameterizedTest
    @EnumSource(End.class)
    void correctingTheNameIsAllowedAfterTheEndOfService(End end) {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR), end.event())
                .when(new CorrectIdentity(NIP, "Budi Santoso Siregar", LocalDate.of(2026, 2, 1), DECREE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IdentityCorrected(NIP, FULL_NAME, "Budi Santoso Siregar", LocalDate.of(2026, 2, 1),
                        DECREE));
    }

    @ParameterizedTest
    @EnumSource(End.class)
    void revokingADecisionIsAllowedAfterTheEndOfService(End end) {
        TestExecutor<CivilServant> given = fixture.given(
                registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR), annual(2025, Predicate.BAIK),
                end.event());
        String evaluation = givenEventIds(fixture).get(1);

        given.when(revoke(evaluation, LocalDate.of(2026, 2, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(revoked(evaluation, "PerformanceEvaluated", LocalDate.of(2026, 2, 1)));
    }

    @ParameterizedTest
    @EnumSource(End.class)
    void endingServiceAgainIsRefused(End end) {
        fixture.given(registeredPns(Rank.III_A, REGISTERED_ON, Education.BACHELOR), end.event())
                .when(new Retire(NIP, LocalDate.of(2044, 10, 1), DECREE))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    enum Honour { HONOURABLE, DISHONOURABLE }

    private static RegisterCivilServant register(EmploymentType employmentType, Rank rank, LocalDate rankSince,
                                                 LocalDate effectiveDate) {
        return new RegisterCivilServant(NIP, FULL_NAME, employmentType, rank, rankSince, Education.BACHELOR,
                WORK_UNIT, POSITION, effectiveDate);
    }

    /** A CPNS in III/a, recorded on the first day of the appointment month in the NIP. */
    private static CivilServantRegistered registeredCpns() {
        return registered(EmploymentType.CPNS, Rank.III_A, APPOINTED, Education.BACHELOR, APPOINTED);
    }

    private static PlaceInPosition place(String title, String workUnit, LocalDate effectiveDate) {
        return new PlaceInPosition(NIP, PositionKind.SUPERVISOR, title, workUnit, effectiveDate, DECREE);
    }

    private static RevokeDecision revoke(String eventId, LocalDate effectiveDate) {
        return new RevokeDecision(NIP, eventId, effectiveDate, "PPK Kota Bandung", DECREE);
    }
}
