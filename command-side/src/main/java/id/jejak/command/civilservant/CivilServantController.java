package id.jejak.command.civilservant;

import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<Map<String, String>> register(@Valid @RequestBody RegisterCivilServantRequest request,
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
                .body(Map.of("nip", request.nip().value()));
    }
}
