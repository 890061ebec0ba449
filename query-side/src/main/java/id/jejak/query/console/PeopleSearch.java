package id.jejak.query.console;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * Whom a search names: a NIP or its beginning, a part of a name as registered or corrected, or a part of a work
 * unit's name. Only NIPs: each person's profile is then folded by the profile's own code.
 */
@Repository
class PeopleSearch {

    static final int MOST = 50;

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> find(String text) {
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("""
                        select nip from (
                            select u.nip from person_unit u where u.nip like ? or u.work_unit ilike ?
                            union
                            select e.nip from career_event e
                            where e.event_type in ('CivilServantRegistered', 'IdentityCorrected')
                              and e.data->>'fullName' ilike ?
                        ) found order by nip limit ?""")
                .params(escaped + "%", "%" + escaped + "%", "%" + escaped + "%", MOST)
                .query(String.class).list();
    }
}
