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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One development programme and its participants. Whether a person may take part at all is their own record's
 * knowledge, which the programme asks through {@link ParticipantEligibility} before every decision about them.
 * A mentoring programme pairs each participant with a mentor and records their sessions; a study group records its
 * meetings and who attended. In both, a participant's lesson hours are those of the sessions or meetings they
 * attended, and they count when the participant's completion records them, as for any programme.
 */
@Aggregate(cache = "programmeCache")
class Programme {

    @AggregateIdentifier
    private UUID programmeId;
    private int capacity;
    private LocalDate startDate;
    private LocalDate endDate;
    private LessonHours lessonHours;
    private TrainingKind kind;
    private final Map<Nip, Participant> participants = new HashMap<>();
    /** Each mentee's mentor. */
    private final Map<Nip, Nip> mentors = new HashMap<>();
    /** The lesson hours each participant has earned in mentoring sessions or study-group meetings so far. */
    private final Map<Nip, Integer> earnedInMeetings = new HashMap<>();
    /**
     * Whether the programme records its sessions or meetings: then a completion's JP are theirs. One that records none
     * (run elsewhere, or recorded before meetings were) keeps the JP its completion gives.
     */
    private boolean meetingsRecorded;
    private int evaluations;
    private int ratingsTotal;
    private boolean followUpDecided;

    /**
     * A participant as far as the rules need them: whether their completion is recorded and whether they attended to
     * the end, and whether their evaluation is recorded.
     */
    private record Participant(boolean completed, boolean attended, boolean evaluated) {
    }

    /** Axon rebuilds the record from its events through this constructor. */
    Programme() {
    }

    @CommandHandler
    Programme(CreateProgramme command) {
        if (command.endDate().isBefore(command.startDate())) {
            throw new RuleViolation(Refusal.REFUSED, "PROGRAMME_ENDS_BEFORE_START",
                    "a programme cannot end before it starts",
                    Map.of("startDate", command.startDate(), "endDate", command.endDate()));
        }
        apply(new ProgrammeCreated(command.programmeId(), command.title(), command.kind(),
                command.partnerInstitution(), command.country(), command.capacity(), command.startDate(),
                command.endDate(), command.lessonHours()));
    }

    @CommandHandler
    void handle(EnrolParticipant command, CommandMessage<?> message, ParticipantEligibility eligibility) {
        eligibility.requireMayTakePart(command.nip(), message.getMetaData());
        if (participants.containsKey(command.nip())) {
            throw new RuleViolation(Refusal.CONFLICT, "PARTICIPANT_ALREADY_ENROLLED",
                    "this civil servant is already enrolled in the programme", Map.of("nip", command.nip()));
        }
        if (command.enrolledOn().isAfter(endDate)) {
            throw new RuleViolation(Refusal.REFUSED, "PROGRAMME_ALREADY_ENDED",
                    "no one can be enrolled in a programme after it ended",
                    Map.of("enrolledOn", command.enrolledOn(), "endDate", endDate));
        }
        if (participants.size() >= capacity) {
            throw new RuleViolation(Refusal.REFUSED, "PROGRAMME_FULL",
                    "the programme has no place left", Map.of("capacity", capacity));
        }
        apply(new ParticipantEnrolled(programmeId, command.nip(), command.enrolledOn()));
    }

    /**
     * Whether lesson hours go with attendance is a rule here rather than input validation, so that it holds for
     * every sender of the command, not only the HTTP API.
     */
    @CommandHandler
    void handle(RecordProgrammeCompletion command, CommandMessage<?> message, ParticipantEligibility eligibility) {
        eligibility.requireMayTakePart(command.nip(), message.getMetaData());
        Participant participant = enrolled(command.nip());
        if (participant.completed()) {
            throw new RuleViolation(Refusal.CONFLICT, "PARTICIPATION_ALREADY_COMPLETED",
                    "this participant's completion is already recorded", Map.of("nip", command.nip()));
        }
        if (command.attended() && command.earnedLessonHours() == null) {
            throw new RuleViolation(Refusal.REFUSED, "EARNED_LESSON_HOURS_REQUIRED",
                    "a participant who attended earned lesson hours", Map.of("attended", true));
        }
        if (!command.attended() && command.earnedLessonHours() != null) {
            throw new RuleViolation(Refusal.REFUSED, "EARNED_LESSON_HOURS_WITHOUT_ATTENDANCE",
                    "a participant who did not complete the programme earned no lesson hours",
                    Map.of("attended", false, "earnedLessonHours", command.earnedLessonHours().value()));
        }
        if (command.completedOn().isBefore(startDate)) {
            throw new RuleViolation(Refusal.REFUSED, "PROGRAMME_COMPLETED_BEFORE_START",
                    "a programme cannot be completed before it starts",
                    Map.of("completedOn", command.completedOn(), "startDate", startDate));
        }
        if (command.attended() && command.earnedLessonHours().value() > lessonHours.value()) {
            throw new RuleViolation(Refusal.REFUSED, "LESSON_HOURS_ABOVE_PROGRAMME",
                    "a participant cannot earn more lesson hours than the programme gives",
                    Map.of("earnedLessonHours", command.earnedLessonHours().value(),
                            "lessonHours", lessonHours.value()));
        }
        if (command.attended() && earnsInMeetings() && meetingsRecorded
                && command.earnedLessonHours().value() != earnedInMeetings.getOrDefault(command.nip(), 0)) {
            throw new RuleViolation(Refusal.REFUSED, "LESSON_HOURS_DIFFER_FROM_MEETINGS",
                    "in a mentoring or study-group programme the lesson hours earned are those of the sessions or"
                            + " meetings attended",
                    Map.of("earnedLessonHours", command.earnedLessonHours().value(),
                            "meetingLessonHours", earnedInMeetings.getOrDefault(command.nip(), 0)));
        }
        apply(new ProgrammeParticipationCompleted(programmeId, command.nip(), command.attended(),
                command.earnedLessonHours(), command.completedOn(), command.certificateNumber()));
    }

    @CommandHandler
    void handle(RecordProgrammeEvaluation command, CommandMessage<?> message, ParticipantEligibility eligibility) {
        eligibility.requireMayTakePart(command.nip(), message.getMetaData());
        Participant participant = enrolled(command.nip());
        if (!participant.completed()) {
            throw new RuleViolation(Refusal.REFUSED, "PARTICIPANT_HAS_NOT_COMPLETED",
                    "a participant evaluates a programme once their completion is recorded",
                    Map.of("nip", command.nip()));
        }
        if (participant.evaluated()) {
            throw new RuleViolation(Refusal.CONFLICT, "PROGRAMME_ALREADY_EVALUATED",
                    "this participant's evaluation of the programme is already recorded",
                    Map.of("nip", command.nip()));
        }
        apply(new ProgrammeEvaluatedByParticipant(programmeId, command.nip(), command.rating(), command.comments(),
                command.evaluatedOn()));
    }

    /**
     * The mentor must be someone who could take part (registered, in service, of the actor's units); they need not be
     * a participant, and a mentee has one mentor for the whole programme.
     */
    @CommandHandler
    void handle(FormMentoringPair command, CommandMessage<?> message, ParticipantEligibility eligibility) {
        requireKind(TrainingKind.MENTORING, "PROGRAMME_NOT_MENTORING",
                "mentoring pairs are formed in a mentoring programme only");
        if (command.mentor().equals(command.mentee())) {
            throw new RuleViolation(Refusal.REFUSED, "MENTOR_IS_MENTEE", "a mentee cannot be their own mentor",
                    Map.of("nip", command.mentee()));
        }
        eligibility.requireMayTakePart(command.mentee(), message.getMetaData());
        eligibility.requireMayTakePart(command.mentor(), message.getMetaData());
        enrolled(command.mentee());
        if (mentors.containsKey(command.mentee())) {
            throw new RuleViolation(Refusal.CONFLICT, "MENTEE_ALREADY_PAIRED", "this mentee already has a mentor",
                    Map.of("nip", command.mentee(), "mentor", mentors.get(command.mentee())));
        }
        apply(new MentoringPairFormed(programmeId, command.mentee(), command.mentor(), command.formedOn()));
    }

    @CommandHandler
    void handle(RecordMentoringSession command, CommandMessage<?> message, ParticipantEligibility eligibility) {
        requireKind(TrainingKind.MENTORING, "PROGRAMME_NOT_MENTORING",
                "mentoring sessions are recorded in a mentoring programme only");
        eligibility.requireMayTakePart(command.mentee(), message.getMetaData());
        requireMayStillEarn(command.mentee(), command.lessonHours());
        Nip mentor = mentors.get(command.mentee());
        if (mentor == null) {
            throw new RuleViolation(Refusal.REFUSED, "MENTEE_WITHOUT_MENTOR",
                    "a mentoring session is recorded for a mentee paired with a mentor", Map.of("nip", command.mentee()));
        }
        requireWithinProgramme(command.heldOn());
        apply(new MentoringSessionHeld(programmeId, command.mentee(), mentor, command.heldOn(), command.lessonHours(),
                command.topic()));
    }

    /** A meeting is one decision: if any member present may not be recorded, none is. */
    @CommandHandler
    void handle(RecordStudyGroupMeeting command, CommandMessage<?> message, ParticipantEligibility eligibility) {
        requireKind(TrainingKind.STUDY_GROUP, "PROGRAMME_NOT_STUDY_GROUP",
                "study-group meetings are recorded in a study-group programme only");
        requireWithinProgramme(command.heldOn());
        for (Nip member : command.present()) {
            eligibility.requireMayTakePart(member, message.getMetaData());
            requireMayStillEarn(member, command.lessonHours());
        }
        apply(new StudyGroupMeetingHeld(programmeId, command.meetingId(), command.heldOn(), command.lessonHours(),
                command.topic(), command.present().size()));
        for (Nip member : command.present()) {
            apply(new StudyGroupMeetingAttended(programmeId, command.meetingId(), member, command.heldOn(),
                    command.lessonHours()));
        }
    }

    private void requireKind(TrainingKind required, String code, String message) {
        if (kind != required) {
            throw new RuleViolation(Refusal.REFUSED, code, message, Map.of("programmeId", programmeId, "kind", kind));
        }
    }

    private void requireWithinProgramme(LocalDate heldOn) {
        if (heldOn.isBefore(startDate) || heldOn.isAfter(endDate)) {
            throw new RuleViolation(Refusal.REFUSED, "HELD_OUTSIDE_PROGRAMME",
                    "a session or meeting is held within the programme's period",
                    Map.of("heldOn", heldOn, "startDate", startDate, "endDate", endDate));
        }
    }

    /**
     * What a participant earns in sessions or meetings becomes their completion's lesson hours, so it stops once the
     * completion is recorded and never exceeds what the programme gives.
     */
    private void requireMayStillEarn(Nip nip, LessonHours meeting) {
        if (enrolled(nip).completed()) {
            throw new RuleViolation(Refusal.CONFLICT, "PARTICIPATION_ALREADY_COMPLETED",
                    "this participant's completion is already recorded", Map.of("nip", nip));
        }
        int earned = earnedInMeetings.getOrDefault(nip, 0) + meeting.value();
        if (earned > lessonHours.value()) {
            throw new RuleViolation(Refusal.REFUSED, "LESSON_HOURS_ABOVE_PROGRAMME",
                    "a participant cannot earn more lesson hours than the programme gives",
                    Map.of("earnedLessonHours", earned, "lessonHours", lessonHours.value()));
        }
    }

    private boolean earnsInMeetings() {
        return kind == TrainingKind.MENTORING || kind == TrainingKind.STUDY_GROUP;
    }

    /** Whether the person attended the programme to its end: what a plan's realisation or a need's closure reads. */
    boolean attended(Nip nip) {
        Participant participant = participants.get(nip);
        return participant != null && participant.attended();
    }

    /** Decided once, on the evaluation of a programme that has ended; the ratings it rested on go with it. */
    @CommandHandler
    void handle(DecideProgrammeFollowUp command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        if (followUpDecided) {
            throw new RuleViolation(Refusal.CONFLICT, "FOLLOW_UP_ALREADY_DECIDED",
                    "the programme's follow-up is already decided", Map.of("programmeId", programmeId));
        }
        if (command.decidedOn().isBefore(endDate)) {
            throw new RuleViolation(Refusal.REFUSED, "FOLLOW_UP_BEFORE_PROGRAMME_ENDED",
                    "a programme's follow-up is decided once it has ended",
                    Map.of("decidedOn", command.decidedOn(), "endDate", endDate));
        }
        if (evaluations == 0) {
            throw new RuleViolation(Refusal.REFUSED, "FOLLOW_UP_WITHOUT_EVALUATION",
                    "a programme's follow-up rests on its participants' evaluation",
                    Map.of("programmeId", programmeId));
        }
        boolean revision = command.decision() == FollowUpDecision.REVISE_CURRICULUM;
        if (revision && command.curriculumChanges() == null) {
            throw new RuleViolation(Refusal.REFUSED, "FOLLOW_UP_CURRICULUM_CHANGES_REQUIRED",
                    "a revision of the curriculum says what changes", Map.of("decision", command.decision()));
        }
        if (!revision && command.curriculumChanges() != null) {
            throw new RuleViolation(Refusal.REFUSED, "FOLLOW_UP_CHANGES_WITHOUT_REVISION",
                    "only a revision of the curriculum changes it", Map.of("decision", command.decision()));
        }
        apply(new ProgrammeFollowUpDecided(programmeId, command.decision(), command.curriculumChanges(),
                command.grounds(), command.decidedOn(), evaluations,
                BigDecimal.valueOf(ratingsTotal).divide(BigDecimal.valueOf(evaluations), 2, RoundingMode.HALF_UP),
                actor));
    }

    private Participant enrolled(Nip nip) {
        Participant participant = participants.get(nip);
        if (participant == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "PARTICIPANT_NOT_ENROLLED",
                    "this civil servant is not enrolled in the programme",
                    Map.of("programmeId", programmeId, "nip", nip));
        }
        return participant;
    }

    @EventSourcingHandler
    void on(ProgrammeCreated event) {
        programmeId = event.programmeId();
        capacity = event.capacity();
        startDate = event.startDate();
        endDate = event.endDate();
        lessonHours = event.lessonHours();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        participants.put(event.nip(), new Participant(false, false, false));
    }

    @EventSourcingHandler
    void on(ProgrammeParticipationCompleted event) {
        participants.computeIfPresent(event.nip(),
                (nip, participant) -> new Participant(true, event.attended(), participant.evaluated()));
    }

    @EventSourcingHandler
    void on(ProgrammeEvaluatedByParticipant event) {
        evaluations++;
        ratingsTotal += event.rating();
        participants.computeIfPresent(event.nip(),
                (nip, participant) -> new Participant(participant.completed(), participant.attended(), true));
    }

    @EventSourcingHandler
    void on(MentoringPairFormed event) {
        mentors.put(event.nip(), event.mentor());
    }

    @EventSourcingHandler
    void on(MentoringSessionHeld event) {
        meetingsRecorded = true;
        earnedInMeetings.merge(event.nip(), event.lessonHours().value(), Integer::sum);
    }

    @EventSourcingHandler
    void on(StudyGroupMeetingAttended event) {
        meetingsRecorded = true;
        earnedInMeetings.merge(event.nip(), event.lessonHours().value(), Integer::sum);
    }

    @EventSourcingHandler
    void on(ProgrammeFollowUpDecided event) {
        followUpDecided = true;
    }
}
