package id.jejak.command.programme;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.programme.CreateProgramme;
import id.jejak.kernel.programme.DecideProgrammeFollowUp;
import id.jejak.kernel.programme.EnrolParticipant;
import id.jejak.kernel.programme.FollowUpDecision;
import id.jejak.kernel.programme.FormMentoringPair;
import id.jejak.kernel.programme.RecordMentoringSession;
import id.jejak.kernel.programme.RecordProgrammeCompletion;
import id.jejak.kernel.programme.RecordProgrammeEvaluation;
import id.jejak.kernel.programme.RecordStudyGroupMeeting;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeController {

    private static final String HOME_COUNTRY = "ID";
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    record ProgrammeCreated(UUID programmeId) {
    }

    record ParticipationRecorded(UUID programmeId, String nip) {
    }

    record FollowUpRecorded(UUID programmeId, FollowUpDecision decision) {
    }

    record MentoringPairRecorded(UUID programmeId, String mentee, String mentor) {
    }

    record MeetingRecorded(UUID programmeId, UUID meetingId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;
    private final Clock clock;

    ProgrammeController(CommandDispatcher commands, ReadSideLinks links, Clock clock) {
        this.commands = commands;
        this.links = links;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ProgrammeCreated> create(@Valid @RequestBody CreateProgrammeRequest request,
                                               CommandContext context) {
        UUID programmeId = UUID.randomUUID();
        commands.dispatch(new CreateProgramme(programmeId, request.title().trim(), request.kind(),
                request.partnerInstitution().trim(), country(request.country()), request.capacity(),
                request.startDate(), request.endDate(), request.lessonHours()), context, request.reason());
        return ResponseEntity.created(links.programme(programmeId)).body(new ProgrammeCreated(programmeId));
    }

    @PostMapping("/{programmeId}/participants")
    ResponseEntity<ParticipationRecorded> enrol(@PathVariable UUID programmeId,
                                              @Valid @RequestBody EnrolParticipantRequest request,
                                              CommandContext context) {
        dispatch(programmeId, new EnrolParticipant(programmeId, request.nip(), orToday(request.enrolledOn())),
                context, request.reason());
        return participation(programmeId, request.nip());
    }

    @PostMapping("/{programmeId}/participants/{nip}/completion")
    ResponseEntity<ParticipationRecorded> recordCompletion(@PathVariable UUID programmeId, @PathVariable String nip,
                                                         @Valid @RequestBody RecordProgrammeCompletionRequest request,
                                                         CommandContext context) {
        Nip participant = Nip.of(nip);
        dispatch(programmeId, new RecordProgrammeCompletion(programmeId, participant, request.attended(),
                request.earnedLessonHours(), request.completedOn(), blankToNull(request.certificateNumber())),
                context, request.reason());
        return participation(programmeId, participant);
    }

    @PostMapping("/{programmeId}/participants/{nip}/evaluation")
    ResponseEntity<ParticipationRecorded> recordEvaluation(@PathVariable UUID programmeId, @PathVariable String nip,
                                                         @Valid @RequestBody RecordProgrammeEvaluationRequest request,
                                                         CommandContext context) {
        Nip participant = Nip.of(nip);
        dispatch(programmeId, new RecordProgrammeEvaluation(programmeId, participant, request.rating(),
                blankToNull(request.comments()), orToday(request.evaluatedOn())), context, request.reason());
        return participation(programmeId, participant);
    }

    @PostMapping("/{programmeId}/follow-up")
    ResponseEntity<FollowUpRecorded> decideFollowUp(@PathVariable UUID programmeId,
                                                    @Valid @RequestBody FollowUpRequest request,
                                                    CommandContext context) {
        dispatch(programmeId, new DecideProgrammeFollowUp(programmeId, request.decision(),
                blankToNull(request.curriculumChanges()), request.grounds().trim(), orToday(request.decidedOn())),
                context, request.reason());
        return ResponseEntity.created(links.programme(programmeId))
                .body(new FollowUpRecorded(programmeId, request.decision()));
    }

    @PostMapping("/{programmeId}/mentoring-pairs")
    ResponseEntity<MentoringPairRecorded> formMentoringPair(@PathVariable UUID programmeId,
                                                            @Valid @RequestBody FormMentoringPairRequest request,
                                                            CommandContext context) {
        dispatch(programmeId, new FormMentoringPair(programmeId, request.mentee(), request.mentor(),
                orToday(request.formedOn())), context, request.reason());
        return ResponseEntity.created(links.programme(programmeId))
                .body(new MentoringPairRecorded(programmeId, request.mentee().value(), request.mentor().value()));
    }

    @PostMapping("/{programmeId}/mentoring-pairs/{mentee}/sessions")
    ResponseEntity<ParticipationRecorded> recordMentoringSession(@PathVariable UUID programmeId,
                                                               @PathVariable String mentee,
                                                               @Valid @RequestBody RecordMentoringSessionRequest request,
                                                               CommandContext context) {
        Nip participant = Nip.of(mentee);
        dispatch(programmeId, new RecordMentoringSession(programmeId, participant, request.heldOn(),
                request.lessonHours(), request.topic().trim()), context, request.reason());
        return participation(programmeId, participant);
    }

    @PostMapping("/{programmeId}/meetings")
    ResponseEntity<MeetingRecorded> recordStudyGroupMeeting(@PathVariable UUID programmeId,
                                                            @Valid @RequestBody RecordStudyGroupMeetingRequest request,
                                                            CommandContext context) {
        UUID meetingId = UUID.randomUUID();
        dispatch(programmeId, new RecordStudyGroupMeeting(programmeId, meetingId, request.heldOn(),
                request.lessonHours(), request.topic().trim(), request.present()), context, request.reason());
        return ResponseEntity.created(links.programme(programmeId)).body(new MeetingRecorded(programmeId, meetingId));
    }

    /**
     * Axon's not-found names no aggregate type, and the command side's advice reads it as a civil servant; the
     * programme is named in the path here, so the refusal names it.
     */
    private void dispatch(UUID programmeId, Object command, CommandContext context, String reason) {
        try {
            commands.dispatch(command, context, reason);
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "PROGRAMME_NOT_FOUND", "no such programme exists",
                    Map.of("programmeId", programmeId));
        }
    }

    private ResponseEntity<ParticipationRecorded> participation(UUID programmeId, Nip nip) {
        return ResponseEntity.created(links.programme(programmeId))
                .body(new ParticipationRecorded(programmeId, nip.value()));
    }

    private static String country(String code) {
        if (code == null || code.isBlank()) {
            return HOME_COUNTRY;
        }
        String country = code.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidValueException("COUNTRY_UNKNOWN", "country must be an ISO 3166 alpha-2 code, such as ID",
                    Map.of("country", code));
        }
        return country;
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
