package id.jejak.command.development;

import id.jejak.command.development.DevelopmentRequests.CloseNeedRequest;
import id.jejak.command.development.DevelopmentRequests.EndorseNeedRequest;
import id.jejak.command.development.DevelopmentRequests.IdentifyNeedRequest;
import id.jejak.command.development.DevelopmentRequests.ProposeNeedRequest;
import id.jejak.command.development.DevelopmentRequests.RefuseNeedRequest;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.CloseDevelopmentNeed;
import id.jejak.kernel.development.EndorseDevelopmentNeed;
import id.jejak.kernel.development.IdentifyDevelopmentNeed;
import id.jejak.kernel.development.ProposeDevelopmentNeed;
import id.jejak.kernel.development.RefuseDevelopmentNeed;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.platform.security.JejakUser;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Development needs: recorded by HR with their source, or proposed by a civil servant for their head of unit. */
@RestController
@RequestMapping("/api/v1/development-needs")
class DevelopmentNeedController {

    record DevelopmentNeedRecorded(UUID needId) {
    }

    private final CommandDispatcher commands;
    private final Clock clock;

    DevelopmentNeedController(CommandDispatcher commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<DevelopmentNeedRecorded> identify(@Valid @RequestBody IdentifyNeedRequest request,
                                                 CommandContext context) {
        UUID needId = UUID.randomUUID();
        commands.dispatch(new IdentifyDevelopmentNeed(needId, UnitCode.of(request.unit()), request.nips(),
                request.source(), request.sourceId(), trimmed(request.period()), request.category(),
                trimmed(request.competency()), request.currentLevel(), request.requiredLevel(),
                request.description().trim(), orToday(request.identifiedOn())), context, request.reason());
        return created(needId);
    }

    /** The NIP is the signed-in civil servant's own: nobody proposes a need in another's name. */
    @PostMapping("/proposals")
    ResponseEntity<DevelopmentNeedRecorded> propose(@Valid @RequestBody ProposeNeedRequest request,
                                                CommandContext context) {
        // an employee signs in with their NIP, or not at all
        Nip nip = Nip.of(JejakUser.current().orElseThrow().nip());
        UUID needId = UUID.randomUUID();
        commands.dispatch(new ProposeDevelopmentNeed(needId, UnitCode.of(request.unit()), nip, request.category(),
                request.competency().trim(), request.description().trim(), orToday(request.proposedOn())), context,
                request.reason());
        return created(needId);
    }

    @PostMapping("/{needId}/endorsement")
    ResponseEntity<DevelopmentNeedRecorded> endorse(@PathVariable UUID needId,
                                                @Valid @RequestBody EndorseNeedRequest request,
                                                CommandContext context) {
        dispatch(needId, new EndorseDevelopmentNeed(needId, request.endorsedOn()), context,
                request.reason());
        return created(needId);
    }

    @PostMapping("/{needId}/refusal")
    ResponseEntity<DevelopmentNeedRecorded> refuse(@PathVariable UUID needId,
                                               @Valid @RequestBody RefuseNeedRequest request,
                                               CommandContext context) {
        dispatch(needId, new RefuseDevelopmentNeed(needId, orToday(request.refusedOn()), request.grounds().trim()),
                context, request.reason());
        return created(needId);
    }

    @PostMapping("/{needId}/closure")
    ResponseEntity<DevelopmentNeedRecorded> close(@PathVariable UUID needId,
                                              @Valid @RequestBody CloseNeedRequest request,
                                              CommandContext context) {
        dispatch(needId, new CloseDevelopmentNeed(needId, request.nip(), request.kind(), request.developmentId()),
                context, request.reason());
        return created(needId);
    }

    /** Axon's not-found names no aggregate type; the need is named in the path, so the refusal names it. */
    private void dispatch(UUID needId, Object command, CommandContext context, String reason) {
        try {
            commands.dispatch(command, context, reason);
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "NEED_NOT_FOUND", "no such development need is recorded",
                    Map.of("needId", needId));
        }
    }

    private static ResponseEntity<DevelopmentNeedRecorded> created(UUID needId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new DevelopmentNeedRecorded(needId));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
