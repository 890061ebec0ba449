package id.jejak.command.promotion;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.dispatch.DecreeRequest;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.promotion.RejectPromotion;
import jakarta.validation.Valid;
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

/** Regular promotion: HR proposes, another official grants or rejects. */
@RestController
@RequestMapping("/api/v1/civil-servants/{nip}/promotions")
class PromotionController {

    record PromotionProposalRequest(@NotNull Rank targetRank, @NotNull LocalDate effectiveDate,
                           @Size(max = 2000) String reason) {
    }

    record GrantRequest(@NotNull @Valid DecreeRequest decree, @Size(max = 2000) String reason) {
    }

    record RejectionRequest(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 2000) String grounds) {
    }

    record PromotionProposalRecorded(String nip, UUID proposalId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    PromotionController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<PromotionProposalRecorded> propose(@PathVariable String nip, @Valid @RequestBody PromotionProposalRequest request,
                                                CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID proposalId = UUID.randomUUID();
        commands.dispatch(new ProposePromotion(civilServant, proposalId, request.targetRank(),
                request.effectiveDate()), context, request.reason());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new PromotionProposalRecorded(civilServant.value(), proposalId));
    }

    @PostMapping("/{proposalId}/grant")
    ResponseEntity<PromotionProposalRecorded> grant(@PathVariable String nip, @PathVariable UUID proposalId,
                                              @Valid @RequestBody GrantRequest request, CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new GrantPromotion(civilServant, proposalId, decree), context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new PromotionProposalRecorded(civilServant.value(), proposalId));
    }

    @PostMapping("/{proposalId}/rejection")
    ResponseEntity<PromotionProposalRecorded> reject(@PathVariable String nip, @PathVariable UUID proposalId,
                                               @Valid @RequestBody RejectionRequest request, CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new RejectPromotion(civilServant, proposalId, request.effectiveDate(),
                request.grounds().trim()), context, request.grounds());
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new PromotionProposalRecorded(civilServant.value(), proposalId));
    }
}
