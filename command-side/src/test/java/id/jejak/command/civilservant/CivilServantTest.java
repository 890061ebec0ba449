package id.jejak.command.civilservant;

import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static id.jejak.command.civilservant.CareerFixtures.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

class CivilServantTest {

    /** Born 1986-09-26, appointed (TMT CPNS) 2015-05, male, sequence 001. */
    private static final Nip NIP = Nip.of("198609262015051001");
    private static final LocalDate FIRST_DAY_OF_APPOINTMENT = LocalDate.of(2015, 5, 1);

    private static final UUID TRAINING = UUID.fromString("6f1c2a1e-3b7d-4c1e-9a55-0d6f2b0c8e11");
    private static final UUID OTHER_TRAINING = UUID.fromString("0b9e4d52-8a3f-4f0e-b2c7-5e1a9d3c7f20");
    private static final LocalDate TRAINING_START = LocalDate.of(2024, 3, 11);

    private AggregateTestFixture<CivilServant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CivilServant.class);
    }

    // --- registration ---------------------------------------------------------------------------------------------

    @Test
    void theTestNipIsAppointedInMay2015() {
        assertThat(NIP.appointment()).isEqualTo(YearMonth.of(2015, 5));
    }

    @Test
    void registrationEmitsCivilServantRegisteredWithExactlyTheCommandsData() {
        RegisterCivilServant command = register(EmploymentType.PNS, Rank.III_A, LocalDate.of(2020, 1, 2));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CivilServantRegistered(NIP, "Budi Santoso", EmploymentType.PNS, Rank.III_A,
                        LocalDate.of(2020, 1, 2), Education.BACHELOR, "Badan Kepegawaian Daerah Kota Bandung",
                        "Analis Kepegawaian", LocalDate.of(2020, 1, 2)));
    }

    @Test
    void registrationIsAllowedOnTheFirstDayOfTheAppointmentMonthInTheNip() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.CPNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(EmploymentType.CPNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT));
    }

    @Test
    void registrationIsRefusedBeforeTheAppointmentMonthInTheNip() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.CPNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("REGISTRATION_BEFORE_APPOINTMENT"));
    }

    @ParameterizedTest
    @EnumSource(value = EmploymentType.class, names = {"CPNS", "PNS"})
    void registrationOfACpnsOrPnsWithoutRankIsRefused(EmploymentType employmentType) {
        fixture.givenNoPriorActivity()
                .when(register(employmentType, null, FIRST_DAY_OF_APPOINTMENT))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("RANK_REQUIRED"));
    }

    @ParameterizedTest
    @EnumSource(value = EmploymentType.class, names = {"CPNS", "PNS"})
    void registrationOfACpnsOrPnsWithRankIsAllowed(EmploymentType employmentType) {
        fixture.givenNoPriorActivity()
                .when(register(employmentType, Rank.III_A, FIRST_DAY_OF_APPOINTMENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(employmentType, Rank.III_A, FIRST_DAY_OF_APPOINTMENT));
    }

    @Test
    void registrationOfAPppkWithRankIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PPPK, Rank.III_A, FIRST_DAY_OF_APPOINTMENT))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("RANK_NOT_FOR_PPPK"));
    }

    @Test
    void registrationOfAPppkWithoutRankIsAllowed() {
        fixture.givenNoPriorActivity()
                .when(register(EmploymentType.PPPK, null, FIRST_DAY_OF_APPOINTMENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(EmploymentType.PPPK, null, FIRST_DAY_OF_APPOINTMENT));
    }

    // --- assigning a training -------------------------------------------------------------------------------------

    @Test
    void assigningATrainingEmitsTrainingAssigned() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT))
                .when(assign(TRAINING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TrainingAssigned(NIP, TRAINING, "Pelatihan Dasar CPNS", TrainingKind.CLASSROOM,
                        "BPSDM Provinsi Jawa Barat", LessonHours.of(24), TRAINING_START, false));
    }

    @Test
    void assigningADifferentTrainingBesideAnAssignedOneIsAllowed() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING))
                .when(assign(OTHER_TRAINING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(assigned(OTHER_TRAINING));
    }

    @Test
    void assigningTheSameTrainingTwiceIsRefused() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING))
                .when(assign(TRAINING))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("TRAINING_ALREADY_ASSIGNED"));
    }

    // --- completing a training ------------------------------------------------------------------------------------

    @Test
    void completingAnAssignedTrainingEmitsTrainingCompleted() {
        LocalDate completedOn = TRAINING_START.plusDays(4);

        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING))
                .when(complete(TRAINING, completedOn))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TrainingCompleted(NIP, TRAINING, LessonHours.of(24), completedOn,
                        "BPSDM-JB/2024/0042"));
    }

    @Test
    void completingATrainingThatWasNeverAssignedIsRefused() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING))
                .when(complete(OTHER_TRAINING, TRAINING_START))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("TRAINING_NOT_FOUND"));
    }

    @Test
    void completingATrainingASecondTimeIsRefused() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING),
                        completed(TRAINING, TRAINING_START.plusDays(4)))
                .when(complete(TRAINING, TRAINING_START.plusDays(5)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("TRAINING_ALREADY_COMPLETED"));
    }

    @Test
    void completingAnotherTrainingAfterOneIsCompletedIsAllowed() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING),
                        assigned(OTHER_TRAINING), completed(TRAINING, TRAINING_START.plusDays(4)))
                .when(complete(OTHER_TRAINING, TRAINING_START.plusDays(4)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(OTHER_TRAINING, TRAINING_START.plusDays(4)));
    }

    @Test
    void completingATrainingOnItsStartDateIsAllowed() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING))
                .when(complete(TRAINING, TRAINING_START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(TRAINING, TRAINING_START));
    }

    @Test
    void completingATrainingTheDayBeforeItStartsIsRefused() {
        fixture.given(registered(EmploymentType.PNS, Rank.III_A, FIRST_DAY_OF_APPOINTMENT), assigned(TRAINING))
                .when(complete(TRAINING, TRAINING_START.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("TRAINING_COMPLETED_BEFORE_START"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static RegisterCivilServant register(EmploymentType employmentType, Rank rank, LocalDate effectiveDate) {
        return new RegisterCivilServant(NIP, "Budi Santoso", employmentType, rank, null, Education.BACHELOR,
                "Badan Kepegawaian Daerah Kota Bandung", "Analis Kepegawaian", effectiveDate);
    }

    private static CivilServantRegistered registered(EmploymentType employmentType, Rank rank, LocalDate effectiveDate) {
        return new CivilServantRegistered(NIP, "Budi Santoso", employmentType, rank,
                rank == null ? null : effectiveDate, Education.BACHELOR, "Badan Kepegawaian Daerah Kota Bandung",
                "Analis Kepegawaian", effectiveDate);
    }

    private static AssignTraining assign(UUID trainingId) {
        return new AssignTraining(NIP, trainingId, "Pelatihan Dasar CPNS", TrainingKind.CLASSROOM,
                "BPSDM Provinsi Jawa Barat", LessonHours.of(24), TRAINING_START, false);
    }

    private static TrainingAssigned assigned(UUID trainingId) {
        return new TrainingAssigned(NIP, trainingId, "Pelatihan Dasar CPNS", TrainingKind.CLASSROOM,
                "BPSDM Provinsi Jawa Barat", LessonHours.of(24), TRAINING_START, false);
    }

    private static RecordTrainingCompletion complete(UUID trainingId, LocalDate completedOn) {
        return new RecordTrainingCompletion(NIP, trainingId, LessonHours.of(24), completedOn, "BPSDM-JB/2024/0042");
    }

    private static TrainingCompleted completed(UUID trainingId, LocalDate completedOn) {
        return new TrainingCompleted(NIP, trainingId, LessonHours.of(24), completedOn, "BPSDM-JB/2024/0042");
    }
}
