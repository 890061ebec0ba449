package id.jejak.query.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The {@code access_log} table: who read whose personal data, and when. */
@Repository
class AccessLog {

    /** One read: who, in which role, whose record (none for the decision trail), the path asked for, when. */
    record Entry(long id, Instant readAt, String readerId, String readerRole, String nip, String path,
                 String correlationId) {
    }

    /** What to select; every criterion is optional, {@code from} inclusive and {@code until} exclusive. */
    record Criteria(String reader, String nip, Instant from, Instant until) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant at, String readerId, String readerRole, String nip, String path, String correlationId) {
        jdbc.sql("""
                        insert into access_log (read_at, reader_id, reader_role, nip, path, correlation_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(at.atOffset(ZoneOffset.UTC), readerId, readerRole, nip, path, correlationId)
                .update();
    }

    long count(Criteria criteria) {
        List<Object> parameters = new ArrayList<>();
        return jdbc.sql("select count(*) from access_log" + where(criteria, parameters)).params(parameters)
                .query(Long.class).single();
    }

    List<Entry> find(Criteria criteria, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(criteria, parameters);
        parameters.add(size);
        parameters.add((long) page * size);
        return jdbc.sql("select * from access_log" + where + " order by read_at desc, id desc limit ? offset ?")
                .params(parameters)
                .query((row, i) -> new Entry(row.getLong("id"),
                        row.getObject("read_at", OffsetDateTime.class).toInstant(), row.getString("reader_id"),
                        row.getString("reader_role"), row.getString("nip"), row.getString("path"),
                        row.getString("correlation_id")))
                .list();
    }

    private static String where(Criteria criteria, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (criteria.reader() != null) {
            conditions.add("reader_id = ?");
            parameters.add(criteria.reader());
        }
        if (criteria.nip() != null) {
            conditions.add("nip = ?");
            parameters.add(criteria.nip());
        }
        if (criteria.from() != null) {
            conditions.add("read_at >= ?");
            parameters.add(criteria.from().atOffset(ZoneOffset.UTC));
        }
        if (criteria.until() != null) {
            conditions.add("read_at < ?");
            parameters.add(criteria.until().atOffset(ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
