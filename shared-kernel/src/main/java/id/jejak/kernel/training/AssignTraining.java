package id.jejak.kernel.training;

import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Assign a civil servant to a training outside a programme.
 *
 * @param basicTraining whether it is the basic training (Latsar) a CPNS must complete before becoming PNS
 */
public record AssignTraining(
        @TargetAggregateIdentifier Nip nip,
        UUID trainingId,
        String title,
        TrainingKind kind,
        String organiser,
        LessonHours plannedLessonHours,
        LocalDate startDate,
        boolean basicTraining) {
}
