package id.jejak.query.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.career.training.LessonHoursObligation;
import id.jejak.kernel.CareerEvent;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.query.history.DecisionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
public class CivilServantProfileRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    CivilServantProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one person's events (by index) and folds them; no replay of the store. */
    public Optional<CivilServantProfile> find(String nip, LocalDate asOf, Instant knownAt) {
        List<ProfileAsOf.RecordedEvent> events = jdbc.sql("""
                        select event_id, event_type, effective_date, recorded_at, global_index, data::text as data
                        from career_event where nip = ? order by global_index""")
                .param(nip)
                .query((row, index) -> new ProfileAsOf.RecordedEvent(
                        row.getString("event_id"),
                        event(row.getString("event_type"), row.getString("data")),
                        row.getObject("effective_date", LocalDate.class),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        row.getLong("global_index")))
                .list();
        return Optional.ofNullable(ProfileAsOf.fold(nip, events, asOf, knownAt,
                LessonHoursObligation.REQUIRED_PER_YEAR));
    }

    Optional<TrainingView> findTraining(String nip, UUID trainingId) {
        return jdbc.sql("select * from training where nip = ? and training_id = ?")
                .params(nip, trainingId)
                .query((row, index) -> training(row))
                .optional();
    }

    /**
     * The event a row keeps, read back into its kernel record with the mapper that wrote it; a type this version
     * does not know is left unread.
     */
    private CareerEvent event(String type, String data) {
        return DecisionKind.eventClass(type).map(eventClass -> {
            try {
                return json.readValue(data, eventClass);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    private static TrainingView training(ResultSet row) throws SQLException {
        return new TrainingView(
                row.getString("training_id"),
                row.getString("title"),
                row.getString("kind"),
                row.getString("organiser"),
                row.getInt("planned_jp"),
                row.getObject("start_date", LocalDate.class),
                row.getObject("completed_on", LocalDate.class),
                (Integer) row.getObject("earned_jp"),
                row.getString("certificate_number"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
