package id.jejak.command.programme;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.programme.CreateProgramme;
import id.jejak.kernel.programme.DecideProgrammeFollowUp;
import id.jejak.kernel.programme.EnrolParticipant;
import id.jejak.kernel.programme.FollowUpDecision;
import id.jejak.kernel.programme.FormMentoringPair;
import id.jejak.kernel.programme.MentoringPairFormed;
import id.jejak.kernel.programme.MentoringSessionHeld;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeEvaluatedByParticipant;
import id.jejak.kernel.programme.ProgrammeFollowUpDecided;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.programme.RecordMentoringSession;
import id.jejak.kernel.programme.RecordProgrammeCompletion;
import id.jejak.kernel.programme.RecordProgrammeEvaluation;
import id.jejak.kernel.programme.RecordStudyGroupMeeting;
import id.jejak.kernel.programme.StudyGroupMeetingAttended;
import id.jejak.kernel.programme.StudyGroupMeetingHeld;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

class ProgrammeTest {

    private static final UUID PROGRAMME = UUID.fromString("3d5b8f0a-6c2e-4f71-9b1d-8e4a2c7f0b33");
    private static final LocalDate START = LocalDate.of(2025, 7, 7);
    private static final LocalDate END = LocalDate.of(2025, 7, 11);
    private static final int CAPACITY = 2;
    private static final LessonHours PROGRAMME_JP = LessonHours.of(32);

    private static final Nip BUDI = Nip.of("198609262015051001");
    private static final Nip SITI = Nip.of("199001152019032002");
    private static final Nip AGUS = Nip.of("197008172000031001");
    private static final Nip RETIRED = Nip.of("196501011990031001");
    private static final UUID MEETING = UUID.fromString("8a1c2e3f-4b5d-4e6f-9a7b-1c2d3e4f5a6b");

    private AggregateTestFixture<Programme> fixture;

    /** The person's record is tested with its own (ProgrammeParticipantsTest); here it refuses one person only. */
    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource((ParticipantEligibility) (nip, command) -> {
            if (nip.equals(RETIRED)) {
                throw new RuleViolation(Refusal.REFUSED, "CIVIL_SERVANT_NOT_ACTIVE",
                        "nothing but corrections may be recorded for a civil servant who retired", Map.of("nip", nip));
            }
        });
    }

    // --- creating a programme -------------------------------------------------------------------------------------

    @Test
    void creationEmitsProgrammeCreatedWithExactlyTheCommandsData() {
        fixture.givenNoPriorActivity()
                .when(new CreateProgramme(PROGRAMME, "Magang Tata Kelola Digital", TrainingKind.INTERNSHIP,
                        "Universiti Malaya", "MY", 10, START, END, LessonHours.of(40)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeCreated(PROGRAMME, "Magang Tata Kelola Digital", TrainingKind.INTERNSHIP,
                        "Universiti Malaya", "MY", 10, START, END, LessonHours.of(40)));
    }

    @Test
    void aProgrammeOfOneDayIsAllowed() {
        fixture.givenNoPriorActivity()
                .when(create(START, START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created(START, START));
    }

    @Test
    void aProgrammeEndingTheDayBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(START, START.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROGRAMME_ENDS_BEFORE_START"));
    }

    // --- enrolling participants -----------------------------------------------------------------------------------

    @Test
    void enrolmentEmitsParticipantEnrolled() {
        fixture.given(created(START, END))
                .when(new EnrolParticipant(PROGRAMME, BUDI, START.minusDays(14)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantEnrolled(PROGRAMME, BUDI, START.minusDays(14)));
    }

    @Test
    void enrolmentOfSomeoneTheirOwnRecordRefusesIsRefusedWithThatRule() {
        fixture.given(created(START, END))
                .when(enrol(RETIRED, START))
                .expectNoEvents()
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @Test
    void enrolmentUpToTheCapacityIsAllowed() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(enrol(SITI, START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(enrolled(SITI));
    }

    @Test
    void enrolmentBeyondTheCapacityIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), enrolled(SITI))
                .when(enrol(AGUS, START))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROGRAMME_FULL"));
    }

    @Test
    void enrollingTheSameCivilServantTwiceIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(enrol(BUDI, START))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PARTICIPANT_ALREADY_ENROLLED"));
    }

    @Test
    void enrolmentOnTheLastDayOfTheProgrammeIsAllowed() {
        fixture.given(created(START, END))
                .when(enrol(BUDI, END))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantEnrolled(PROGRAMME, BUDI, END));
    }

    @Test
    void enrolmentTheDayAfterTheProgrammeEndedIsRefused() {
        fixture.given(created(START, END))
                .when(enrol(BUDI, END.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROGRAMME_ALREADY_ENDED"));
    }

    // --- recording completion -------------------------------------------------------------------------------------

    @Test
    void completionOfAParticipantWhoAttendedEmitsTheLessonHoursEarned() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(new RecordProgrammeCompletion(PROGRAMME, BUDI, true, LessonHours.of(30), END, "SERT/2025/07"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, true, LessonHours.of(30), END,
                        "SERT/2025/07"));
    }

    @Test
    void aParticipantWhoDidNotCompleteIsRecordedWithoutLessonHours() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(new RecordProgrammeCompletion(PROGRAMME, BUDI, false, null, END, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, false, null, END, null));
    }

    @Test
    void completionOfAParticipantTheirOwnRecordRefusesIsRefusedWithThatRule() {
        fixture.given(created(START, END), enrolled(RETIRED))
                .when(complete(RETIRED, END, PROGRAMME_JP))
                .expectNoEvents()
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @Test
    void completionOfSomeoneNotEnrolledIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(complete(SITI, END, PROGRAMME_JP))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PARTICIPANT_NOT_ENROLLED"));
    }

    @Test
    void completionRecordedASecondTimeIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI))
                .when(complete(BUDI, END, PROGRAMME_JP))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PARTICIPATION_ALREADY_COMPLETED"));
    }

    @Test
    void completionOfAnotherParticipantAfterOneIsRecordedIsAllowed() {
        fixture.given(created(START, END), enrolled(BUDI), enrolled(SITI), completed(BUDI))
                .when(complete(SITI, END, PROGRAMME_JP))
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(SITI));
    }

    @Test
    void completionOnTheStartDateIsAllowed() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(complete(BUDI, START, PROGRAMME_JP))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, true, PROGRAMME_JP, START,
                        "SERT/2025/01"));
    }

    @Test
    void completionTheDayBeforeTheStartIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(complete(BUDI, START.minusDays(1), PROGRAMME_JP))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROGRAMME_COMPLETED_BEFORE_START"));
    }

    @Test
    void earningExactlyTheProgrammesLessonHoursIsAllowed() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(complete(BUDI, END, PROGRAMME_JP))
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(BUDI));
    }

    @Test
    void earningOneLessonHourMoreThanTheProgrammeGivesIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(complete(BUDI, END, LessonHours.of(PROGRAMME_JP.value() + 1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("LESSON_HOURS_ABOVE_PROGRAMME"));
    }

    @Test
    void anAttendedCompletionWithoutLessonHoursIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(new RecordProgrammeCompletion(PROGRAMME, BUDI, true, null, END, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EARNED_LESSON_HOURS_REQUIRED"));
    }

    @Test
    void lessonHoursForAParticipantWhoDidNotCompleteAreRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(new RecordProgrammeCompletion(PROGRAMME, BUDI, false, LessonHours.of(8), END, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("EARNED_LESSON_HOURS_WITHOUT_ATTENDANCE"));
    }

    // --- evaluating the programme ---------------------------------------------------------------------------------

    @Test
    void anEvaluationByAParticipantWhoCompletedEmitsProgrammeEvaluatedByParticipant() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI))
                .when(evaluate(BUDI))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(BUDI));
    }

    @Test
    void anEvaluationByAParticipantWhoDidNotCompleteIsAllowedOnceTheirOutcomeIsRecorded() {
        fixture.given(created(START, END), enrolled(BUDI),
                        new ProgrammeParticipationCompleted(PROGRAMME, BUDI, false, null, END, null))
                .when(evaluate(BUDI))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(BUDI));
    }

    @Test
    void anEvaluationBeforeTheParticipantsCompletionIsRecordedIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(evaluate(BUDI))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PARTICIPANT_HAS_NOT_COMPLETED"));
    }

    @Test
    void anEvaluationByAParticipantTheirOwnRecordRefusesIsRefusedWithThatRule() {
        fixture.given(created(START, END), enrolled(RETIRED), completed(RETIRED))
                .when(evaluate(RETIRED))
                .expectNoEvents()
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @Test
    void anEvaluationBySomeoneNotEnrolledIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI))
                .when(evaluate(SITI))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PARTICIPANT_NOT_ENROLLED"));
    }

    @Test
    void aSecondEvaluationByTheSameParticipantIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI), evaluated(BUDI))
                .when(evaluate(BUDI))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("PROGRAMME_ALREADY_EVALUATED"));
    }

    @Test
    void anEvaluationByAnotherParticipantAfterOneIsRecordedIsAllowed() {
        fixture.given(created(START, END), enrolled(BUDI), enrolled(SITI), completed(BUDI), completed(SITI),
                        evaluated(BUDI))
                .when(evaluate(SITI))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(SITI));
    }

    // --- the follow-up after the evaluation ------------------------------------------------------------------------

    @Test
    void aFollowUpOfAnEndedEvaluatedProgrammeKeepsTheRatingsItRestedOn() {
        fixture.given(created(START, END), enrolled(BUDI), enrolled(SITI), completed(BUDI), completed(SITI),
                        evaluated(BUDI), new ProgrammeEvaluatedByParticipant(PROGRAMME, SITI, 3, null, END))
                .when(followUp(FollowUpDecision.REVISE_CURRICULUM, "Praktik ditambah 8 JP", END.plusDays(10)),
                        Map.of(EventMetadata.ACTOR_ID, "approver"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeFollowUpDecided(PROGRAMME, FollowUpDecision.REVISE_CURRICULUM,
                        "Praktik ditambah 8 JP", "rata-rata penilaian 3,5", END.plusDays(10), 2,
                        new BigDecimal("3.50"), "approver"));
    }

    @Test
    void aFollowUpOnTheDayTheProgrammeEndsIsAllowed() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI), evaluated(BUDI))
                .when(followUp(FollowUpDecision.CONTINUE, null, END), Map.of(EventMetadata.ACTOR_ID, "approver"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeFollowUpDecided(PROGRAMME, FollowUpDecision.CONTINUE, null,
                        "rata-rata penilaian 3,5", END, 1, new BigDecimal("4.00"), "approver"));
    }

    @Test
    void aFollowUpBeforeTheProgrammeEndedIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI), evaluated(BUDI))
                .when(followUp(FollowUpDecision.CONTINUE, null, END.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("FOLLOW_UP_BEFORE_PROGRAMME_ENDED"));
    }

    @Test
    void aFollowUpWithoutAnyParticipantsEvaluationIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI))
                .when(followUp(FollowUpDecision.STOP, null, END.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("FOLLOW_UP_WITHOUT_EVALUATION"));
    }

    @Test
    void aRevisionThatSaysNothingOfWhatChangesIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI), evaluated(BUDI))
                .when(followUp(FollowUpDecision.REVISE_CURRICULUM, null, END.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("FOLLOW_UP_CURRICULUM_CHANGES_REQUIRED"));
    }

    @Test
    void curriculumChangesWithADecisionToStopAreRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI), evaluated(BUDI))
                .when(followUp(FollowUpDecision.STOP, "Praktik ditambah", END.plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("FOLLOW_UP_CHANGES_WITHOUT_REVISION"));
    }

    @Test
    void aSecondFollowUpIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI), completed(BUDI), evaluated(BUDI),
                        new ProgrammeFollowUpDecided(PROGRAMME, FollowUpDecision.CONTINUE, null, "baik", END, 1,
                                new BigDecimal("4.00"), "approver"))
                .when(followUp(FollowUpDecision.STOP, null, END.plusDays(30)))
                .expectNoEvents()
                .expectException(violationOf("FOLLOW_UP_ALREADY_DECIDED"));
    }

    // --- mentoring pairs and their sessions -----------------------------------------------------------------------

    @Test
    void aParticipantOfAMentoringProgrammeIsPairedWithAMentorWhoNeedNotTakePart() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI))
                .when(new FormMentoringPair(PROGRAMME, BUDI, AGUS, START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(paired(BUDI, AGUS));
    }

    @Test
    void aMentoringPairInAProgrammeOfAnotherKindIsRefused() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(new FormMentoringPair(PROGRAMME, BUDI, AGUS, START))
                .expectNoEvents()
                .expectException(violationOf("PROGRAMME_NOT_MENTORING"));
    }

    @Test
    void aMenteeWhoWouldMentorThemselfIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI))
                .when(new FormMentoringPair(PROGRAMME, BUDI, BUDI, START))
                .expectNoEvents()
                .expectException(violationOf("MENTOR_IS_MENTEE"));
    }

    @Test
    void aMentorTheirOwnRecordRefusesIsRefusedWithThatRule() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI))
                .when(new FormMentoringPair(PROGRAMME, BUDI, RETIRED, START))
                .expectNoEvents()
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @Test
    void aMenteeWhoIsNotAParticipantIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI))
                .when(new FormMentoringPair(PROGRAMME, SITI, AGUS, START))
                .expectNoEvents()
                .expectException(violationOf("PARTICIPANT_NOT_ENROLLED"));
    }

    @Test
    void aSecondMentorForAMenteeIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS))
                .when(new FormMentoringPair(PROGRAMME, BUDI, SITI, START))
                .expectNoEvents()
                .expectException(violationOf("MENTEE_ALREADY_PAIRED"));
    }

    @Test
    void aMentorMayMentorASecondMentee() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), enrolled(SITI), paired(BUDI, AGUS))
                .when(new FormMentoringPair(PROGRAMME, SITI, AGUS, START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(paired(SITI, AGUS));
    }

    @Test
    void aSessionOfAPairNamesTheMentorAndTheLessonHoursItGives() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS))
                .when(session(BUDI, START, 4))
                .expectSuccessfulHandlerExecution()
                .expectEvents(sessionHeld(BUDI, START, 4));
    }

    @Test
    void aSessionForAParticipantWithoutAMentorIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI))
                .when(session(BUDI, START, 4))
                .expectNoEvents()
                .expectException(violationOf("MENTEE_WITHOUT_MENTOR"));
    }

    @Test
    void aSessionInAProgrammeOfAnotherKindIsRefused() {
        fixture.given(created(START, END), enrolled(BUDI))
                .when(session(BUDI, START, 4))
                .expectNoEvents()
                .expectException(violationOf("PROGRAMME_NOT_MENTORING"));
    }

    @Test
    void aSessionOnTheProgrammesLastDayIsAllowed() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS))
                .when(session(BUDI, END, 4))
                .expectSuccessfulHandlerExecution()
                .expectEvents(sessionHeld(BUDI, END, 4));
    }

    @Test
    void aSessionTheDayAfterTheProgrammeEndedIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS))
                .when(session(BUDI, END.plusDays(1), 4))
                .expectNoEvents()
                .expectException(violationOf("HELD_OUTSIDE_PROGRAMME"));
    }

    @Test
    void sessionsGivingExactlyTheProgrammesLessonHoursAreAllowed() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS), sessionHeld(BUDI, START, 30))
                .when(session(BUDI, END, 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(sessionHeld(BUDI, END, 2));
    }

    @Test
    void aSessionGivingMoreLessonHoursThanTheProgrammeIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS), sessionHeld(BUDI, START, 30))
                .when(session(BUDI, END, 3))
                .expectNoEvents()
                .expectException(violationOf("LESSON_HOURS_ABOVE_PROGRAMME"));
    }

    @Test
    void aSessionAfterTheMenteesCompletionIsRecordedIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS), sessionHeld(BUDI, START, 4),
                        new ProgrammeParticipationCompleted(PROGRAMME, BUDI, true, LessonHours.of(4), START, null))
                .when(session(BUDI, END, 4))
                .expectNoEvents()
                .expectException(violationOf("PARTICIPATION_ALREADY_COMPLETED"));
    }

    @Test
    void aMenteeCompletesWithTheLessonHoursOfTheirSessions() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS), sessionHeld(BUDI, START, 4),
                        sessionHeld(BUDI, END, 6))
                .when(complete(BUDI, END, LessonHours.of(10)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, true, LessonHours.of(10), END,
                        "SERT/2025/01"));
    }

    @Test
    void aMenteesCompletionWithOtherLessonHoursThanTheirSessionsIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI), paired(BUDI, AGUS), sessionHeld(BUDI, START, 4))
                .when(complete(BUDI, END, PROGRAMME_JP))
                .expectNoEvents()
                .expectException(violationOf("LESSON_HOURS_DIFFER_FROM_MEETINGS"));
    }

    // --- study groups and their meetings --------------------------------------------------------------------------

    @Test
    void aMeetingIsRecordedWithOneAttendanceForEachMemberPresent() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI), enrolled(SITI))
                .when(meeting(START, 3, BUDI, SITI))
                .expectSuccessfulHandlerExecution()
                .expectEvents(meetingHeld(START, 3, 2), attended(BUDI, START, 3), attended(SITI, START, 3));
    }

    @Test
    void aMemberNamedTwiceAttendsTheMeetingOnce() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(meeting(START, 3, BUDI, BUDI))
                .expectSuccessfulHandlerExecution()
                .expectEvents(meetingHeld(START, 3, 1), attended(BUDI, START, 3));
    }

    @Test
    void aMeetingInAProgrammeOfAnotherKindIsRefused() {
        fixture.given(created(TrainingKind.MENTORING), enrolled(BUDI))
                .when(meeting(START, 3, BUDI))
                .expectNoEvents()
                .expectException(violationOf("PROGRAMME_NOT_STUDY_GROUP"));
    }

    @Test
    void aMeetingOnTheDayTheGroupStartsIsAllowed() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(meeting(START, 3, BUDI))
                .expectSuccessfulHandlerExecution()
                .expectEvents(meetingHeld(START, 3, 1), attended(BUDI, START, 3));
    }

    @Test
    void studyGroupMeetingIsRefusedBeforeTheGroupStarts() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(meeting(START.minusDays(1), 3, BUDI))
                .expectNoEvents()
                .expectException(violationOf("HELD_OUTSIDE_PROGRAMME"));
    }

    @Test
    void aMeetingNamingSomeoneWhoIsNotAMemberIsRefusedForEveryone() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(meeting(START, 3, BUDI, SITI))
                .expectNoEvents()
                .expectException(violationOf("PARTICIPANT_NOT_ENROLLED"));
    }

    @Test
    void aMeetingNamingAMemberTheirOwnRecordRefusesIsRefusedWithThatRule() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI), enrolled(RETIRED))
                .when(meeting(START, 3, BUDI, RETIRED))
                .expectNoEvents()
                .expectException(violationOf("CIVIL_SERVANT_NOT_ACTIVE"));
    }

    @Test
    void aMeetingGivingAMemberMoreLessonHoursThanTheProgrammeIsRefused() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI), attended(BUDI, START, 30))
                .when(meeting(END, 3, BUDI))
                .expectNoEvents()
                .expectException(violationOf("LESSON_HOURS_ABOVE_PROGRAMME"));
    }

    @Test
    void aStudyGroupMemberCompletesWithTheLessonHoursOfTheMeetingsAttended() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI), enrolled(SITI), attended(BUDI, START, 3),
                        attended(SITI, START, 3), attended(BUDI, END, 4))
                .when(complete(BUDI, END, LessonHours.of(7)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, true, LessonHours.of(7), END,
                        "SERT/2025/01"));
    }

    @Test
    void aStudyGroupMembersCompletionWithOtherLessonHoursThanTheMeetingsAttendedIsRefused() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI), attended(BUDI, START, 3))
                .when(complete(BUDI, END, LessonHours.of(7)))
                .expectNoEvents()
                .expectException(violationOf("LESSON_HOURS_DIFFER_FROM_MEETINGS"));
    }

    @Test
    void aStudyGroupThatRecordsNoMeetingsKeepsTheLessonHoursItsCompletionGives() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(complete(BUDI, END, LessonHours.of(7)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, true, LessonHours.of(7), END,
                        "SERT/2025/01"));
    }

    @Test
    void aMemberAbsentFromEveryMeetingOfAStudyGroupThatRecordsThemCannotCompleteWithLessonHours() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI), enrolled(SITI), attended(SITI, START, 3))
                .when(complete(BUDI, END, LessonHours.of(3)))
                .expectNoEvents()
                .expectException(violationOf("LESSON_HOURS_DIFFER_FROM_MEETINGS"));
    }

    @Test
    void aStudyGroupMemberWhoAttendedNoMeetingIsRecordedAsNotCompleting() {
        fixture.given(created(TrainingKind.STUDY_GROUP), enrolled(BUDI))
                .when(new RecordProgrammeCompletion(PROGRAMME, BUDI, false, null, END, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeParticipationCompleted(PROGRAMME, BUDI, false, null, END, null));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static ProgrammeCreated created(TrainingKind kind) {
        return new ProgrammeCreated(PROGRAMME, "Komunitas Belajar Analis Kebijakan", kind,
                "BPSDM Provinsi Sumatera Utara", "ID", CAPACITY, START, END, PROGRAMME_JP);
    }

    private static MentoringPairFormed paired(Nip mentee, Nip mentor) {
        return new MentoringPairFormed(PROGRAMME, mentee, mentor, START);
    }

    private static RecordMentoringSession session(Nip mentee, LocalDate heldOn, int lessonHours) {
        return new RecordMentoringSession(PROGRAMME, mentee, heldOn, LessonHours.of(lessonHours), "Rencana aktualisasi");
    }

    private static MentoringSessionHeld sessionHeld(Nip mentee, LocalDate heldOn, int lessonHours) {
        return new MentoringSessionHeld(PROGRAMME, mentee, AGUS, heldOn, LessonHours.of(lessonHours),
                "Rencana aktualisasi");
    }

    private static RecordStudyGroupMeeting meeting(LocalDate heldOn, int lessonHours, Nip... present) {
        return new RecordStudyGroupMeeting(PROGRAMME, MEETING, heldOn, LessonHours.of(lessonHours), "Bedah kasus",
                List.of(present));
    }

    private static StudyGroupMeetingHeld meetingHeld(LocalDate heldOn, int lessonHours, int present) {
        return new StudyGroupMeetingHeld(PROGRAMME, MEETING, heldOn, LessonHours.of(lessonHours), "Bedah kasus",
                present);
    }

    private static StudyGroupMeetingAttended attended(Nip member, LocalDate heldOn, int lessonHours) {
        return new StudyGroupMeetingAttended(PROGRAMME, MEETING, member, heldOn, LessonHours.of(lessonHours));
    }

    private static DecideProgrammeFollowUp followUp(FollowUpDecision decision, String changes, LocalDate decidedOn) {
        return new DecideProgrammeFollowUp(PROGRAMME, decision, changes, "rata-rata penilaian 3,5", decidedOn);
    }

    private static CreateProgramme create(LocalDate startDate, LocalDate endDate) {
        return new CreateProgramme(PROGRAMME, "Pelatihan Kepemimpinan Pengawas", TrainingKind.CLASSROOM,
                "BPSDM Provinsi Sumatera Utara", "ID", CAPACITY, startDate, endDate, PROGRAMME_JP);
    }

    private static ProgrammeCreated created(LocalDate startDate, LocalDate endDate) {
        return new ProgrammeCreated(PROGRAMME, "Pelatihan Kepemimpinan Pengawas", TrainingKind.CLASSROOM,
                "BPSDM Provinsi Sumatera Utara", "ID", CAPACITY, startDate, endDate, PROGRAMME_JP);
    }

    private static EnrolParticipant enrol(Nip nip, LocalDate enrolledOn) {
        return new EnrolParticipant(PROGRAMME, nip, enrolledOn);
    }

    private static ParticipantEnrolled enrolled(Nip nip) {
        return new ParticipantEnrolled(PROGRAMME, nip, START);
    }

    private static RecordProgrammeCompletion complete(Nip nip, LocalDate completedOn, LessonHours earned) {
        return new RecordProgrammeCompletion(PROGRAMME, nip, true, earned, completedOn, "SERT/2025/01");
    }

    private static ProgrammeParticipationCompleted completed(Nip nip) {
        return new ProgrammeParticipationCompleted(PROGRAMME, nip, true, PROGRAMME_JP, END, "SERT/2025/01");
    }

    private static RecordProgrammeEvaluation evaluate(Nip nip) {
        return new RecordProgrammeEvaluation(PROGRAMME, nip, 4, "Materi relevan dengan tugas", END.plusDays(3));
    }

    private static ProgrammeEvaluatedByParticipant evaluated(Nip nip) {
        return new ProgrammeEvaluatedByParticipant(PROGRAMME, nip, 4, "Materi relevan dengan tugas", END.plusDays(3));
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
}
