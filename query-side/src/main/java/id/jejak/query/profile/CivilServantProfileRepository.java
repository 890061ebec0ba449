package id.jejak.query.profile;

import id.jejak.kernel.civilservant.Rank;
import id.jejak.query.profile.CivilServantProfile.LessonHoursView;
import id.jejak.query.profile.CivilServantProfile.RankView;
import id.jejak.query.profile.CivilServantProfile.TrainingView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class CivilServantProfileRepository {

    static final int REQUIRED_LESSON_HOURS_PER_YEAR = 20;

    private final JdbcClient jdbc;

    CivilServantProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CivilServantProfile> find(String nip, Year year) {
        List<TrainingView> trainings = jdbc.sql("""
                        select * from training where nip = ? order by start_date, training_id""")
                .param(nip)
                .query((row, index) -> training(row))
                .list();
        return jdbc.sql("select * from civil_servant where nip = ?")
                .param(nip)
                .query((row, index) -> new CivilServantProfile(
                        row.getString("nip"),
                        row.getString("full_name"),
                        row.getString("employment_type"),
                        rank(row.getString("rank")),
                        row.getString("work_unit"),
                        row.getString("position"),
                        row.getObject("registered_on", LocalDate.class),
                        lessonHours(trainings, year),
                        trainings,
                        row.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    Optional<TrainingView> findTraining(String nip, UUID trainingId) {
        return jdbc.sql("select * from training where nip = ? and training_id = ?")
                .params(nip, trainingId)
                .query((row, index) -> training(row))
                .optional();
    }

    private static LessonHoursView lessonHours(List<TrainingView> trainings, Year year) {
        List<TrainingView> completedThisYear = trainings.stream()
                .filter(training -> training.completedOn() != null && Year.from(training.completedOn()).equals(year))
                .toList();
        int earned = completedThisYear.stream().mapToInt(TrainingView::earnedLessonHours).sum();
        return new LessonHoursView(year.getValue(), earned, REQUIRED_LESSON_HOURS_PER_YEAR, completedThisYear.size());
    }

    private static RankView rank(String code) {
        if (code == null) {
            return null;
        }
        Rank rank = Rank.ofCode(code);
        return new RankView(rank.code(), rank.title());
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
