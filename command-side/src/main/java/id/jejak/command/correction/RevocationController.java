package id.jejak.command.correction;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.dispatch.DecreeRequest;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.correction.RevokeDecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class RevocationController {

    /**
     * @param eventId   the id of the event that recorded the decision (as the career history shows it)
     * @param authority who revoked it
     * @param reason    why: required, since a revocation undoes a decision
     */
    record DecisionRevocationRequest(@NotBlank @Size(max = 100) String eventId, @NotNull LocalDate effectiveDate,
                             @NotBlank @Size(max = 200) String authority, @NotNull @Valid DecreeRequest decree,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    /** @param revokedEventId the event whose decision no longer holds */
    record DecisionRevoked(String nip, String revokedEventId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    RevocationController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    /** Revokes a recorded decision; nothing is deleted, the revocation points at what it revokes. */
    @PostMapping("/api/v1/civil-servants/{nip}/revocations")
    ResponseEntity<DecisionRevoked> revoke(@PathVariable String nip, @Valid @RequestBody DecisionRevocationRequest request,
                                               CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new RevokeDecision(civilServant, request.eventId().trim(), request.effectiveDate(),
                request.authority().trim(), decree), context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new DecisionRevoked(civilServant.value(), request.eventId().trim()));
    }
}
