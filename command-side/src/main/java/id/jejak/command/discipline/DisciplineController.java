package id.jejak.command.discipline;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.dispatch.DecreeRequest;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.discipline.ImposeSanction;
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
import java.util.Map;
import java.util.UUID;

/** Disciplinary sanctions (PP 94/2021) and their revocation on appeal. */
@RestController
@RequestMapping("/api/v1/civil-servants/{nip}/sanctions")
class DisciplineController {

    /** @param examinationTeam NIPs of the Tim Pemeriksa; mandatory for a heavy sanction */
    record SanctionRequest(@NotNull SanctionType type, @NotNull @Min(0) @Max(12) Integer months,
                           @NotNull LocalDate effectiveDate, @NotNull @Valid DecreeRequest decree,
                           @Size(max = 20) List<@NotNull Nip> examinationTeam, @Size(max = 2000) String reason) {
    }

    record RevocationRequest(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 200) String authority,
                             @NotNull @Valid DecreeRequest decree, @Size(max = 2000) String reason) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    DisciplineController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> impose(@PathVariable String nip, @Valid @RequestBody SanctionRequest request,
                                               CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID sanctionId = UUID.randomUUID();
        var decree = request.decree().toDecree();
        commands.dispatch(new ImposeSanction(civilServant, sanctionId, request.type(), request.months(),
                request.effectiveDate(), decree,
                request.examinationTeam() == null ? List.of() : request.examinationTeam()),
                context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(Map.of("nip", civilServant.value(), "sanctionId", sanctionId));
    }

    @PostMapping("/{sanctionId}/revocation")
    ResponseEntity<Map<String, Object>> revoke(@PathVariable String nip, @PathVariable UUID sanctionId,
                                               @Valid @RequestBody RevocationRequest request, CommandContext context) {
        Nip civilServant = Nip.of(nip);
        var decree = request.decree().toDecree();
        commands.dispatch(new RevokeSanction(civilServant, sanctionId, request.effectiveDate(),
                request.authority().trim(), decree), context, request.reason(), decree);
        return ResponseEntity.created(links.civilServant(civilServant))
                .body(Map.of("nip", civilServant.value(), "sanctionId", sanctionId));
    }
}
