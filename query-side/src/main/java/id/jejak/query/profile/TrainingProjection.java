package id.jejak.query.profile;

import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.query.projection.ProjectionTables;
import id.jejak.query.projection.StatementBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static id.jejak.query.projection.StatementBatch.parameters;

/**
 * Every individual training and its completion. A redelivered event changes nothing: inserts skip rows that exist,
 * updates skip rows already at or past the event's sequence number. A training's rows are its own, so its statements
 * are ordered by training and sent with the rest of the processor's batch.
 */
@Component
@ProcessingGroup(TrainingProjection.NAME)
class TrainingProjection implements ProjectionTables {

    static final String NAME = "trainings";

    private final StatementBatch batch;
    private final JdbcClient jdbc;

    TrainingProjection(StatementBatch batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("training");
    }

    @EventHandler
    void on(TrainingAssigned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        batch.add(event.trainingId().toString(), """
                        insert into training (training_id, nip, title, kind, organiser, planned_jp, start_date,
                                              last_sequence, updated_at)
                        values (:trainingId, :nip, :title, :kind, :organiser, :plannedJp, :startDate, :sequence,
                                :recordedAt)
                        on conflict (training_id) do nothing""",
                parameters("trainingId", event.trainingId(), "nip", event.nip().value(), "title", event.title(),
                        "kind", event.kind().name(), "organiser", event.organiser(),
                        "plannedJp", event.plannedLessonHours().value(), "startDate", event.startDate(),
                        "sequence", sequence, "recordedAt", recordedAt.atOffset(ZoneOffset.UTC)));
    }

    @EventHandler
    void on(TrainingCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        batch.add(event.trainingId().toString(), """
                        update training
                           set completed_on = :completedOn, earned_jp = :earnedJp,
                               certificate_number = :certificateNumber, last_sequence = :sequence,
                               updated_at = :recordedAt
                         where training_id = :trainingId and last_sequence < :sequence""",
                parameters("completedOn", event.completedOn(), "earnedJp", event.earnedLessonHours().value(),
                        "certificateNumber", event.certificateNumber(), "sequence", sequence,
                        "recordedAt", recordedAt.atOffset(ZoneOffset.UTC), "trainingId", event.trainingId()));
    }

}
