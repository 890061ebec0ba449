package id.jejak.command.civilservant;

import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.ConfirmAsPns;
import id.jejak.kernel.civilservant.CorrectIdentity;
import id.jejak.kernel.civilservant.Dismiss;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.civilservant.Retire;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/civil-servants")
class CivilServantController {

    /** What a decision about a civil servant answers: whose record it went into. */
    record CivilServantRecorded(String nip) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;
    private final Clock clock;

    CivilServantController(CommandDispatcher commands, ReadSideLinks links, Clock clock) {
        this.commands = commands;
        this.links = links;
        this.clock = clock;
    }

    /** Registers a civil servant; the answer points at their profile on the query side. */
    @PostMapping
    ResponseEntity<CivilServantRecorded> register(@Valid @RequestBody RegisterCivilServantRequest request,
                                                 CommandContext context) {
        var command = new RegisterCivilServant(request.nip(), request.fullName().trim(), request.employmentType(),
                request.rank(), request.rankSince(), request.education(), request.workUnit().trim(),
                request.position().trim(), request.effectiveDate() == null ? LocalDate.now(clock) : request.effectiveDate());
        try {
            commands.dispatch(command, context, request.reason());
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new RuleViolation(Refusal.CONFLICT, "CIVIL_SERVANT_ALREADY_REGISTERED",
                    "a civil servant with this NIP is already registered", Map.of("nip", request.nip()));
        }
        return ResponseEntity.created(links.civilServant(request.nip()))
                .body(new CivilServantRecorded(request.nip().value()));
    }

    /** Confirms a CPNS as PNS (pengangkatan menjadi PNS). */
    @PostMapping("/{nip}/confirmation")
    ResponseEntity<CivilServantRecorded> confirm(@PathVariable String nip,
                                                @Valid @RequestBody LifecycleRequests.Confirmation request,
                                                CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new ConfirmAsPns(civilServant, request.effectiveDate(), decree), context, request.reason(),
                decree);
        return recorded(civilServant);
    }

    /** Corrects the recorded name by a BKN decision; allowed after retirement too. */
    @PostMapping("/{nip}/identity-corrections")
    ResponseEntity<CivilServantRecorded> correctIdentity(@PathVariable String nip,
                                                        @Valid @RequestBody LifecycleRequests.IdentityCorrection request,
                                                        CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new CorrectIdentity(civilServant, request.fullName().trim(), request.effectiveDate(),
                decree), context, request.reason(), decree);
        return recorded(civilServant);
    }

    @PostMapping("/{nip}/education")
    ResponseEntity<CivilServantRecorded> recordEducation(@PathVariable String nip,
                                                        @Valid @RequestBody LifecycleRequests.EducationRecord request,
                                                        CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new RecordEducation(civilServant, request.education(), request.institution().trim(),
                request.graduatedOn()), context, request.reason());
        return recorded(civilServant);
    }

    /** Places in a position, which ends the current one. */
    @PostMapping("/{nip}/placements")
    ResponseEntity<CivilServantRecorded> place(@PathVariable String nip,
                                              @Valid @RequestBody LifecycleRequests.Placement request,
                                              CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new PlaceInPosition(civilServant, request.kind(), request.title().trim(),
                request.workUnit().trim(), request.effectiveDate(), decree), context, request.reason(), decree);
        return recorded(civilServant);
    }

    @PostMapping("/{nip}/retirement")
    ResponseEntity<CivilServantRecorded> retire(@PathVariable String nip,
                                               @Valid @RequestBody LifecycleRequests.Ending request,
                                               CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new Retire(civilServant, request.effectiveDate(), decree), context, request.reason(), decree);
        return recorded(civilServant);
    }

    @PostMapping("/{nip}/dismissal")
    ResponseEntity<CivilServantRecorded> dismiss(@PathVariable String nip,
                                                @Valid @RequestBody LifecycleRequests.Ending request,
                                                CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new Dismiss(civilServant, request.effectiveDate(), decree,
                Boolean.TRUE.equals(request.honourable())), context, request.reason(), decree);
        return recorded(civilServant);
    }

    private ResponseEntity<CivilServantRecorded> recorded(Nip nip) {
        return ResponseEntity.created(links.civilServant(nip)).body(new CivilServantRecorded(nip.value()));
    }
}
