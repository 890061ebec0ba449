package id.jejak.command.programme;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.programme.CreateProgramme;
import id.jejak.kernel.programme.DecideProgrammeFollowUp;
import id.jejak.kernel.programme.EnrolParticipant;
import id.jejak.kernel.programme.FollowUpDecision;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeEvaluatedByParticipant;
import id.jejak.kernel.programme.ProgrammeFollowUpDecided;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.programme.RecordProgrammeCompletion;
import id.jejak.kernel.programme.RecordProgrammeEvaluation;
import id.jejak.kernel.training.LessonHours;
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
 */
@Aggregate(cache = "programmeCache")
class Programme {

    @AggregateIdentifier
    private UUID programmeId;
    private int capacity;
    private LocalDate startDate;
    private LocalDate endDate;
    private LessonHours lessonHours;
    private final Map<Nip, Participant> participants = new HashMap<>();
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
    void on(ProgrammeFollowUpDecided event) {
        followUpDecided = true;
    }
}
