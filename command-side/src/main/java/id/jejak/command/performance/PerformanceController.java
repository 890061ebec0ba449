package id.jejak.command.performance;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.performance.CloseCoaching;
import id.jejak.kernel.performance.CoachingOutcome;
import id.jejak.kernel.performance.CorrectPerformanceEvaluation;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.performance.RecordCoachingSession;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** Performance evaluations (PermenPANRB 6/2022) and the coaching that follows those below Baik. */
@RestController
@RequestMapping("/api/v1/civil-servants/{nip}")
class PerformanceController {

    /** The predicate is not a field: it follows from the two ratings. */
    record EvaluationRequest(@NotNull EvaluationKind kind, @NotNull @Min(2000) @Max(2100) Integer year,
                             @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd, @NotNull Nip evaluator,
                             @NotNull Rating workResult, @NotNull Rating workBehaviour,
                             @Size(max = 2000) String reason) {
    }

    /** @param correctedEventId the event that last recorded the evaluation, as the career history shows it */
    record CorrectionRequest(@NotBlank @Size(max = 100) String correctedEventId, @NotNull Rating workResult,
                             @NotNull Rating workBehaviour, @NotBlank @Size(max = 200) String authority,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record CoachingRequest(@NotNull UUID evaluationId, @NotNull Nip coach, @NotNull LocalDate plannedOn,
                           @NotBlank @Size(max = 2000) String goal, @Size(max = 2000) String reason) {
    }

    record SessionRequest(@NotNull LocalDate heldOn, @Size(max = 4000) String notes, @Size(max = 2000) String reason) {
    }

    record ClosureRequest(@NotNull LocalDate closedOn, @NotNull CoachingOutcome outcome,
                          @Size(max = 2000) String reason) {
    }

    record EvaluationRecorded(String nip, UUID evaluationId) {
    }

    record CoachingRecorded(String nip, UUID coachingId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    PerformanceController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping("/evaluations")
    ResponseEntity<EvaluationRecorded> evaluate(@PathVariable String nip, @Valid @RequestBody EvaluationRequest request,
                                                 CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID evaluationId = UUID.randomUUID();
        commands.dispatch(new RecordPerformanceEvaluation(civilServant, evaluationId, request.kind(), request.year(),
                request.periodStart(), request.periodEnd(), request.evaluator(), request.workResult(),
                request.workBehaviour()), context, request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new EvaluationRecorded(civilServant.value(), evaluationId));
    }

    @PostMapping("/evaluations/{evaluationId}/corrections")
    ResponseEntity<EvaluationRecorded> correct(@PathVariable String nip, @PathVariable UUID evaluationId,
                                                @Valid @RequestBody CorrectionRequest request,
                                                CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new CorrectPerformanceEvaluation(civilServant, evaluationId,
                request.correctedEventId().trim(), request.workResult(), request.workBehaviour(),
                request.authority().trim()), context, request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new EvaluationRecorded(civilServant.value(), evaluationId));
    }

    @PostMapping("/coaching")
    ResponseEntity<CoachingRecorded> planCoaching(@PathVariable String nip,
                                                     @Valid @RequestBody CoachingRequest request,
                                                     CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID coachingId = UUID.randomUUID();
        commands.dispatch(new PlanCoaching(civilServant, coachingId, request.evaluationId(), request.coach(),
                request.plannedOn(), request.goal().trim()), context, request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new CoachingRecorded(civilServant.value(), coachingId));
    }

    @PostMapping("/coaching/{coachingId}/sessions")
    ResponseEntity<CoachingRecorded> recordSession(@PathVariable String nip, @PathVariable UUID coachingId,
                                                      @Valid @RequestBody SessionRequest request,
                                                      CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new RecordCoachingSession(civilServant, coachingId, request.heldOn(), request.notes()),
                context, request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new CoachingRecorded(civilServant.value(), coachingId));
    }

    @PostMapping("/coaching/{coachingId}/closure")
    ResponseEntity<CoachingRecorded> close(@PathVariable String nip, @PathVariable UUID coachingId,
                                              @Valid @RequestBody ClosureRequest request, CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new CloseCoaching(civilServant, coachingId, request.closedOn(), request.outcome()), context,
                request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new CoachingRecorded(civilServant.value(), coachingId));
    }
}
