package id.jejak.command.training;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.command.correction.RevocableDecisions;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A civil servant's trainings: each assigned once, completed once, not before it starts. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Trainings implements RevocableDecisions {

    /** A training as far as the rules need it: when it starts, whether it is Latsar, and its completion event. */
    private record Training(LocalDate startDate, boolean basicTraining, String completionEventId) {
    }

    private final Map<UUID, Training> trainings = new HashMap<>();

    public TrainingAssigned assign(Nip nip, AssignTraining command) {
        if (trainings.containsKey(command.trainingId())) {
            throw new RuleViolation(Refusal.CONFLICT, "TRAINING_ALREADY_ASSIGNED",
                    "this training is already assigned", Map.of("trainingId", command.trainingId()));
        }
        return new TrainingAssigned(nip, command.trainingId(), command.title(), command.kind(), command.organiser(),
                command.plannedLessonHours(), command.startDate(), command.basicTraining());
    }

    public TrainingCompleted complete(Nip nip, RecordTrainingCompletion command) {
        Training training = trainings.get(command.trainingId());
        if (training == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "TRAINING_NOT_FOUND",
                    "no such training is assigned to this civil servant",
                    Map.of("nip", nip, "trainingId", command.trainingId()));
        }
        if (training.completionEventId() != null) {
            throw new RuleViolation(Refusal.CONFLICT, "TRAINING_ALREADY_COMPLETED",
                    "the completion of this training is already recorded", Map.of("trainingId", command.trainingId()));
        }
        if (command.completedOn().isBefore(training.startDate())) {
            throw new RuleViolation(Refusal.REFUSED, "TRAINING_COMPLETED_BEFORE_START",
                    "a training cannot be completed before it starts",
                    Map.of("completedOn", command.completedOn(), "startDate", training.startDate()));
        }
        return new TrainingCompleted(nip, command.trainingId(), command.earnedLessonHours(), command.completedOn(),
                command.certificateNumber());
    }

    /** Whether the basic training (Latsar) a CPNS needs before becoming PNS is completed. */
    public boolean basicTrainingCompleted() {
        return trainings.values().stream()
                .anyMatch(training -> training.basicTraining() && training.completionEventId() != null);
    }

    /** Whether the training's completion is recorded (and not revoked). */
    public boolean completed(UUID trainingId) {
        Training training = trainings.get(trainingId);
        return training != null && training.completionEventId() != null;
    }

    @Override
    public Optional<String> revocable(String eventId) {
        return trainings.values().stream().anyMatch(training -> eventId.equals(training.completionEventId()))
                ? Optional.of(TrainingCompleted.class.getSimpleName()) : Optional.empty();
    }

    public void on(TrainingAssigned event) {
        trainings.put(event.trainingId(), new Training(event.startDate(), event.basicTraining(), null));
    }

    public void on(TrainingCompleted event, String eventId) {
        trainings.computeIfPresent(event.trainingId(), (id, training) ->
                new Training(training.startDate(), training.basicTraining(), eventId));
    }

    /** A revoked completion counts as never recorded: the training is open again. */
    public void on(DecisionRevoked event) {
        trainings.replaceAll((id, training) -> event.revokedEventId().equals(training.completionEventId())
                ? new Training(training.startDate(), training.basicTraining(), null) : training);
    }
}
