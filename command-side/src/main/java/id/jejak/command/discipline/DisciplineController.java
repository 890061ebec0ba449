package id.jejak.command.discipline;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.dispatch.DecreeRequest;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.RejectHeavySanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionType;
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
import java.util.List;
import java.util.UUID;

/**
 * Disciplinary sanctions (PP 94/2021) and their revocation on appeal. A heavy sanction is first proposed, then
 * imposed (naming the proposal) or rejected by another official.
 */
@RestController
@RequestMapping("/api/v1/civil-servants/{nip}/sanctions")
class DisciplineController {

    /**
     * @param examinationTeam NIPs of the Tim Pemeriksa; for a heavy sanction, the proposal's when absent
     * @param proposalId      the proposal a heavy sanction imposes; absent for a light or medium one
     */
    record SanctionRequest(@NotNull SanctionType type, @NotNull @Min(0) @Max(12) Integer months,
                           @NotNull LocalDate effectiveDate, @NotNull @Valid DecreeRequest decree,
                           @Size(max = 20) List<@NotNull Nip> examinationTeam, UUID proposalId,
                           @Size(max = 2000) String reason) {
    }

    /** @param examinationTeam NIPs of the Tim Pemeriksa that examined the case; required by the rule, not here */
    record SanctionProposalRequest(@NotNull SanctionType type, @NotNull @Min(0) @Max(12) Integer months,
                           @NotNull LocalDate effectiveDate, @Size(max = 20) List<@NotNull Nip> examinationTeam,
                           @Size(max = 2000) String reason) {
    }

    record RejectionRequest(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 2000) String grounds) {
    }

    /** @param reason why: required, since a revocation undoes a decision */
    record SanctionRevocationRequest(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 200) String authority,
                             @NotNull @Valid DecreeRequest decree, @NotBlank @Size(max = 2000) String reason) {
    }

    record SanctionRecorded(String nip, UUID sanctionId) {
    }

    record SanctionProposalRecorded(String nip, UUID proposalId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    DisciplineController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<SanctionRecorded> impose(@PathVariable String nip, @Valid @RequestBody SanctionRequest request,
                                               CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID sanctionId = UUID.randomUUID();
        var decree = request.decree().toDecree();
        commands.dispatch(new ImposeSanction(civilServant, sanctionId, request.type(), request.months(),
                request.effectiveDate(), decree,
                request.examinationTeam() == null ? List.of() : request.examinationTeam(), request.proposalId()),
                context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new SanctionRecorded(civilServant.value(), sanctionId));
    }

    @PostMapping("/proposals")
    ResponseEntity<SanctionProposalRecorded> propose(@PathVariable String nip, @Valid @RequestBody SanctionProposalRequest request,
                                                CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID proposalId = UUID.randomUUID();
        commands.dispatch(new ProposeHeavySanction(civilServant, proposalId, request.type(), request.months(),
                request.effectiveDate(), request.examinationTeam()), context, request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new SanctionProposalRecorded(civilServant.value(), proposalId));
    }

    @PostMapping("/proposals/{proposalId}/rejection")
    ResponseEntity<SanctionProposalRecorded> reject(@PathVariable String nip, @PathVariable UUID proposalId,
                                               @Valid @RequestBody RejectionRequest request, CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new RejectHeavySanction(civilServant, proposalId, request.effectiveDate(),
                request.grounds().trim()), context, request.grounds());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new SanctionProposalRecorded(civilServant.value(), proposalId));
    }

    @PostMapping("/{sanctionId}/revocation")
    ResponseEntity<SanctionRecorded> revoke(@PathVariable String nip, @PathVariable UUID sanctionId,
                                               @Valid @RequestBody SanctionRevocationRequest request, CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new RevokeSanction(civilServant, sanctionId, request.effectiveDate(),
                request.authority().trim(), decree), context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new SanctionRecorded(civilServant.value(), sanctionId));
    }
}
