package id.jejak.command.civilservant;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One civil servant's record: every decision about them is checked here against what was decided before. */
@Aggregate
class CivilServant {

    @AggregateIdentifier
    private Nip nip;
    private final Map<UUID, Training> trainings = new HashMap<>();

    /** A training as far as the rules need it: when it starts, and whether its completion is recorded. */
    private record Training(LocalDate startDate, boolean completed) {
    }

    /** Axon rebuilds the record from its events through this constructor. */
    CivilServant() {
    }

    @CommandHandler
    CivilServant(RegisterCivilServant command) {
        LocalDate appointed = command.nip().appointment().atDay(1);
        if (command.effectiveDate().isBefore(appointed)) {
            throw new RuleViolation(Refusal.REFUSED, "REGISTRATION_BEFORE_APPOINTMENT",
                    "a civil servant cannot be registered before the appointment month in their NIP",
                    Map.of("effectiveDate", command.effectiveDate(), "appointedFrom", appointed));
        }
        boolean pppk = command.employmentType() == EmploymentType.PPPK;
        if (!pppk && command.rank() == null) {
            throw new RuleViolation(Refusal.REFUSED, "RANK_REQUIRED",
                    "a CPNS or PNS holds a golongan/ruang", Map.of("employmentType", command.employmentType()));
        }
        if (pppk && command.rank() != null) {
            throw new RuleViolation(Refusal.REFUSED, "RANK_NOT_FOR_PPPK",
                    "a PPPK does not hold a PNS golongan/ruang", Map.of("rank", command.rank()));
        }
        apply(new CivilServantRegistered(command.nip(), command.fullName(), command.employmentType(), command.rank(),
                command.workUnit(), command.position(), command.effectiveDate()));
    }

    @CommandHandler
    void handle(AssignTraining command) {
        if (trainings.containsKey(command.trainingId())) {
            throw new RuleViolation(Refusal.CONFLICT, "TRAINING_ALREADY_ASSIGNED",
                    "this training is already assigned", Map.of("trainingId", command.trainingId()));
        }
        apply(new TrainingAssigned(nip, command.trainingId(), command.title(), command.kind(), command.organiser(),
                command.plannedLessonHours(), command.startDate()));
    }

    @CommandHandler
    void handle(RecordTrainingCompletion command) {
        Training training = trainings.get(command.trainingId());
        if (training == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "TRAINING_NOT_FOUND",
                    "no such training is assigned to this civil servant",
                    Map.of("nip", nip, "trainingId", command.trainingId()));
        }
        if (training.completed()) {
            throw new RuleViolation(Refusal.CONFLICT, "TRAINING_ALREADY_COMPLETED",
                    "the completion of this training is already recorded", Map.of("trainingId", command.trainingId()));
        }
        if (command.completedOn().isBefore(training.startDate())) {
            throw new RuleViolation(Refusal.REFUSED, "TRAINING_COMPLETED_BEFORE_START",
                    "a training cannot be completed before it starts",
                    Map.of("completedOn", command.completedOn(), "startDate", training.startDate()));
        }
        apply(new TrainingCompleted(nip, command.trainingId(), command.earnedLessonHours(), command.completedOn(),
                command.certificateNumber()));
    }

    @EventSourcingHandler
    void on(CivilServantRegistered event) {
        nip = event.nip();
    }

    @EventSourcingHandler
    void on(TrainingAssigned event) {
        trainings.put(event.trainingId(), new Training(event.startDate(), false));
    }

    @EventSourcingHandler
    void on(TrainingCompleted event) {
        trainings.computeIfPresent(event.trainingId(), (id, training) -> new Training(training.startDate(), true));
    }
}
