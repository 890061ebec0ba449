package id.jejak.command.award;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.dispatch.DecreeRequest;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.Nip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
class AwardController {

    /** @param basis the ids of the evaluations the award rests on */
    record AwardRequest(@NotBlank @Size(max = 300) String title, @NotEmpty @Size(max = 20) List<@NotNull UUID> basis,
                        @NotNull LocalDate effectiveDate, @NotNull @Valid DecreeRequest decree,
                        @Size(max = 2000) String reason) {
    }

    record AwardGranted(String nip, UUID awardId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    AwardController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping("/api/v1/civil-servants/{nip}/awards")
    ResponseEntity<AwardGranted> grant(@PathVariable String nip, @Valid @RequestBody AwardRequest request,
                                              CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID awardId = UUID.randomUUID();
        var decree = request.decree().toDecree();
        commands.dispatch(new GrantAward(civilServant, awardId, request.title().trim(), request.basis(),
                request.effectiveDate(), decree), context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(new AwardGranted(civilServant.value(), awardId));
    }
}
