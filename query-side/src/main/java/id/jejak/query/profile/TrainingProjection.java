package id.jejak.query.profile;

import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Every individual training and its completion. A redelivered event changes nothing: inserts skip rows that exist,
 * updates skip rows already at or past the event's sequence number.
 */
@Component
@ProcessingGroup(TrainingProjection.NAME)
class TrainingProjection {

    static final String NAME = "trainings";

    private final JdbcClient jdbc;

    TrainingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrainingAssigned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        insert into training (training_id, nip, title, kind, organiser, planned_jp, start_date,
                                              last_sequence, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (training_id) do nothing""")
                .params(event.trainingId(), event.nip().value(), event.title(), event.kind().name(), event.organiser(),
                        event.plannedLessonHours().value(), event.startDate(), sequence, recordedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(TrainingCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        update training
                           set completed_on = ?, earned_jp = ?, certificate_number = ?,
                               last_sequence = ?, updated_at = ?
                         where training_id = ? and last_sequence < ?""")
                .params(event.completedOn(), event.earnedLessonHours().value(), event.certificateNumber(),
                        sequence, recordedAt.atOffset(ZoneOffset.UTC), event.trainingId(), sequence)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("truncate table training").update();
    }
}
