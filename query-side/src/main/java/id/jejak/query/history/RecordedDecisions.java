package id.jejak.query.history;

import id.jejak.career.workunit.UnitNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Reads the career-event table for a person's history and for the inspectorate's decision trail. */
@Repository
public class RecordedDecisions {

    /** What to select; every criterion is optional. */
    public record Criteria(String nip, DecisionKind kind, String type, String actorId, String approverId,
                           String workUnit, LocalDate effectiveFrom, LocalDate effectiveTo) {

        /**
         * The year, when the criteria name a unit and exactly one calendar year (1 January to 31 December): the
         * read the index {@code career_event_by_unit_year} and the kept totals serve.
         */
        Optional<Integer> unitYear() {
            boolean wholeYear = workUnit != null && effectiveFrom != null && effectiveTo != null
                    && effectiveFrom.equals(effectiveFrom.with(TemporalAdjusters.firstDayOfYear()))
                    && effectiveTo.equals(effectiveFrom.with(TemporalAdjusters.lastDayOfYear()));
            return wholeYear ? Optional.of(effectiveFrom.getYear()) : Optional.empty();
        }

        Criteria withoutKind() {
            return new Criteria(nip, null, type, actorId, approverId, workUnit, effectiveFrom, effectiveTo);
        }

        boolean onlyUnitAndPeriod() {
            return nip == null && kind == null && type == null && actorId == null && approverId == null;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    RecordedDecisions(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(cursor);
    }

    public long count(Criteria criteria) {
        if (criteria.unitYear().isPresent() && criteria.onlyUnitAndPeriod()) {
            // the total kept per unit-year by the projection, rather than a count of the rows on every page
            return jdbc.sql("""
                            select coalesce(sum(events), 0) from career_event_count
                            where unit_name = ? and year = ?""")
                    .params(UnitNames.normalise(criteria.workUnit()), criteria.unitYear().get())
                    .query(Long.class).single();
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        return jdbc.sql("select count(*) from career_event e" + where).params(parameters)
                .query(Long.class).single();
    }

    public List<RecordedDecision> find(Criteria criteria, int page, int size) {
        return select(jdbc, criteria, page, size).query(RecordedDecisions::decision).list();
    }

    /**
     * The same rows, handed over one at a time as PostgreSQL sends them, a thousand at a time (a cursor, hence the
     * read-only transaction): a unit's year exported as CSV is tens of thousands of rows at a regional agency, which
     * several auditors exporting at once must not hold in memory together.
     */
    @Transactional(readOnly = true)
    public void forEach(Criteria criteria, int page, int size, Consumer<RecordedDecision> action) {
        select(streaming, criteria, page, size).query((RowCallbackHandler) row -> action.accept(decision(row, 0)));
    }

    private static JdbcClient.StatementSpec select(JdbcClient client, Criteria criteria, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        parameters.add(size);
        parameters.add((long) page * size);
        // the columns a decision is made of, in its order (read by position), and the event once, as text: `e.*`
        // sent it twice, jsonb and text
        return client.sql("""
                        select e.event_id, e.nip, e.stream_id, e.sequence_number, e.global_index, e.event_type, e.kind,
                               e.effective_date, e.recorded_at, e.work_unit, e.actor_id, e.actor_role, e.approver_id,
                               e.legal_basis, e.reason, e.correlation_id, e.causation_id, e.corrects_event_id,
                               array(select c.event_id from career_event c where c.corrects_event_id = e.event_id
                                     order by c.global_index) as corrected_by,
                               e.data::text as data_text
                        from career_event e""" + where + " order by e.global_index limit ? offset ?")
                .params(parameters);
    }

    /**
     * By position, in the order the select names the columns: by label, the driver looked each column of each row up
     * in a map (a page is 50 rows of 20 columns), a twentieth of a history read's CPU.
     */
    private static RecordedDecision decision(ResultSet row, int index) throws SQLException {
        int column = 0;
        return new RecordedDecision(
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getLong(++column),
                row.getLong(++column),
                row.getString(++column),
                DecisionKind.valueOf(row.getString(++column)),
                row.getObject(++column, LocalDate.class),
                row.getObject(++column, OffsetDateTime.class).toInstant(),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                row.getString(++column),
                List.of((String[]) row.getArray(++column).getArray()),
                row.getString(++column));
    }

    private static String where(Criteria criteria, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        add(conditions, parameters, "e.nip = ?", criteria.nip());
        add(conditions, parameters, "e.kind = ?", criteria.kind() == null ? null : criteria.kind().name());
        add(conditions, parameters, "e.event_type = ?", criteria.type());
        add(conditions, parameters, "e.actor_id = ?", criteria.actorId());
        add(conditions, parameters, "e.approver_id = ?", criteria.approverId());
        // as findings and reports compare units, and as the index career_event_by_unit_name is written
        add(conditions, parameters, "unit_name(e.work_unit) = ?", UnitNames.normalise(criteria.workUnit()));
        if (criteria.unitYear().isPresent()) {
            // the same rows as the two bounds below, written as the index career_event_by_unit_year is
            add(conditions, parameters, "extract(year from e.effective_date)::integer = ?",
                    criteria.unitYear().get());
        } else {
            add(conditions, parameters, "e.effective_date >= ?", criteria.effectiveFrom());
            add(conditions, parameters, "e.effective_date <= ?", criteria.effectiveTo());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}
