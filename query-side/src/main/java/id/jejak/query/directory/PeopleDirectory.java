package id.jejak.query.directory;

import id.jejak.career.workunit.UnitNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Reads the directory's rows: a page of a search, its count, or all of it as it is read, for a CSV. */
@Repository
class PeopleDirectory {

    /** One person as the directory lists them. */
    record Entry(String nip, String fullName, String employmentType, String status, String rank,
                 String positionKind, String position, String workUnit) {
    }

    /**
     * What to select; each criterion is optional but {@code units}, the units the reader may see (null: every unit).
     *
     * @param nip  the NIP's beginning
     * @param name a part of the name, as {@link SearchText} writes it
     * @param unit a unit's name, as {@link UnitNames} writes it
     */
    record Criteria(String nip, String name, String unit, String rank, String employmentType, String status,
                    Set<String> units) {
    }

    /** How a page is ordered; the NIP breaks ties, so pages never overlap. */
    enum Order {
        NIP("nip"), NAME("name_key"), UNIT("unit_name(work_unit)"), RANK("rank_order");

        private final String column;

        Order(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    PeopleDirectory(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(cursor);
    }

    long count(Criteria criteria) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        return jdbc.sql("select count(*) from person_directory" + where).params(parameters).query(Long.class)
                .single();
    }

    List<Entry> find(Criteria criteria, Order order, boolean descending, int page, int size) {
        return select(jdbc, criteria, order, descending, page, size).query((row, index) -> entry(row)).list();
    }

    /** The same rows one at a time through a cursor (hence the read-only transaction), never all in memory. */
    @Transactional(readOnly = true)
    void forEach(Criteria criteria, Order order, boolean descending, int size, Consumer<Entry> action) {
        select(streaming, criteria, order, descending, 0, size)
                .query((RowCallbackHandler) row -> action.accept(entry(row)));
    }

    private static JdbcClient.StatementSpec select(JdbcClient client, Criteria criteria, Order order,
                                                   boolean descending, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        String direction = descending ? " desc" : "";
        parameters.add(size);
        parameters.add((long) page * size);
        return client.sql("select * from person_directory" + where + " order by " + order.column + direction
                        + (descending ? " nulls last" : " nulls first") + ", nip" + direction + " limit ? offset ?")
                .params(parameters);
    }

    private static String where(Criteria criteria, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (criteria.nip() != null) {
            conditions.add("nip like ?");
            parameters.add(criteria.nip() + "%");
        }
        if (criteria.name() != null) {
            conditions.add("name_key like ?");
            parameters.add("%" + escaped(criteria.name()) + "%");
        }
        if (criteria.unit() != null) {
            conditions.add("unit_name(work_unit) = ?");
            parameters.add(criteria.unit());
        }
        if (criteria.rank() != null) {
            conditions.add("rank = ?");
            parameters.add(criteria.rank());
        }
        if (criteria.employmentType() != null) {
            conditions.add("employment_type = ?");
            parameters.add(criteria.employmentType());
        }
        if (criteria.status() != null) {
            conditions.add("status = ?");
            parameters.add(criteria.status());
        }
        if (criteria.units() != null && criteria.units().isEmpty()) {
            conditions.add("false");
        } else if (criteria.units() != null) {
            conditions.add("unit_name(work_unit) in (" + String.join(", ",
                    criteria.units().stream().map(unit -> "?").toList()) + ")");
            criteria.units().forEach(unit -> parameters.add(UnitNames.normalise(unit)));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** LIKE's own characters, taken literally: a name with an underscore is searched as written. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getString("nip"), row.getString("full_name"), row.getString("employment_type"),
                row.getString("status"), row.getString("rank"), row.getString("position_kind"),
                row.getString("position"), row.getString("work_unit"));
    }
}
