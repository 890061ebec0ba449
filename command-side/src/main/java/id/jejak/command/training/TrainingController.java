package id.jejak.command.training;

import id.jejak.command.civilservant.ReadSideLinks;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.RecordTrainingCompletion;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/civil-servants/{nip}/trainings")
class TrainingController {

    record TrainingRecorded(String nip, UUID trainingId) {
    }

    private final CommandDispatcher commands;
    private final ReadSideLinks links;

    TrainingController(CommandDispatcher commands, ReadSideLinks links) {
        this.commands = commands;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<TrainingRecorded> assign(@PathVariable String nip, @Valid @RequestBody AssignTrainingRequest request,
                                               CommandContext context) {
        Nip civilServant = Nip.of(nip);
        UUID trainingId = UUID.randomUUID();
        commands.dispatch(new AssignTraining(civilServant, trainingId, request.title().trim(), request.kind(),
                request.organiser().trim(), request.plannedLessonHours(), request.startDate(),
                Boolean.TRUE.equals(request.basicTraining())), context,
                request.reason());
        return ResponseEntity.created(links.training(civilServant, trainingId))
                .body(new TrainingRecorded(civilServant.value(), trainingId));
    }

    @PostMapping("/{trainingId}/completion")
    ResponseEntity<TrainingRecorded> recordCompletion(@PathVariable String nip, @PathVariable UUID trainingId,
                                                         @Valid @RequestBody RecordTrainingCompletionRequest request,
                                                         CommandContext context) {
        Nip civilServant = Nip.of(nip);
        commands.dispatch(new RecordTrainingCompletion(civilServant, trainingId, request.earnedLessonHours(),
                request.completedOn(), blankToNull(request.certificateNumber())), context, request.reason());
        return ResponseEntity.created(links.training(civilServant, trainingId))
                .body(new TrainingRecorded(civilServant.value(), trainingId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
