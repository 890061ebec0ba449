package id.jejak.query.findings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the development projection's tables for the development findings: plans and their approvals, needs still
 * open, what the plan in force of an ended year left undone, and each person's development actions. Units are
 * compared as {@link FindingFilter} writes them.
 */
@Repository
class DevelopmentFacts {

    private final JdbcClient jdbc;

    DevelopmentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An approved version of a unit's plan, with the time its approval was recorded. */
    record Approval(String unit, int year, int version, LocalDate approvedOn, Instant recordedAt) {
    }

    /** A need neither met by a development nor refused. */
    record OpenNeed(UUID needId, String unit, List<String> nips, String source, String status,
                    LocalDate identifiedOn) {
    }

    /** An item of the plan in force of its year, with the people it names it was realised for no one of. */
    record ItemOfPlanInForce(String unit, int year, int version, UUID itemId, String title, String form, int quarter,
                             List<String> nips, List<String> notRealisedFor) {
    }

    /** The first year any unit's plan was recorded for, if any was. */
    Optional<Integer> firstPlanYear() {
        return jdbc.sql("select year from development_plan_version order by year limit 1").query(Integer.class).optional();
    }

    /** Every approved version of the plans of a year, or of every year; of one unit when given. */
    List<Approval> approvals(String unit, Integer year) {
        return jdbc.sql("""
                        select unit, year, version, decided_on, last_recorded_at from development_plan_version
                        where status = 'APPROVED' and (cast(:unit as text) is null or unit_name(unit) = :unit)
                          and (cast(:year as integer) is null or year = :year)""")
                .param("unit", unit).param("year", year)
                .query((row, n) -> new Approval(row.getString("unit"), row.getInt("year"), row.getInt("version"),
                        row.getObject("decided_on", LocalDate.class),
                        row.getObject("last_recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The needs still open or awaiting endorsement, narrowed as the filter says. */
    List<OpenNeed> openNeeds(FindingFilter filter) {
        return jdbc.sql("""
                        select need_id, unit, nips, source, status, identified_on from development_need
                        where status in ('PROPOSED', 'OPEN')
                          and (cast(:unit as text) is null or unit_name(unit) = :unit)
                          and (cast(:nip as text) is null or nips @> array[cast(:nip as text)])
                          and (cast(:year as integer) is null or identified_on between make_date(:year, 1, 1)
                                                                                   and make_date(:year, 12, 31))""")
                .param("unit", filter.unit()).param("nip", filter.nip()).param("year", filter.year())
                .query((row, n) -> new OpenNeed(row.getObject("need_id", UUID.class), row.getString("unit"),
                        List.of((String[]) row.getArray("nips").getArray()), row.getString("source"),
                        row.getString("status"), row.getObject("identified_on", LocalDate.class)))
                .list();
    }

    /** The items of the version in force (the latest approved) of each plan of a year before {@code beforeYear}. */
    List<ItemOfPlanInForce> itemsOfPlansInForce(FindingFilter filter, int beforeYear) {
        return jdbc.sql("""
                        with in_force as (
                            select unit, year, max(version) as version from development_plan_version
                            where status = 'APPROVED' and year < :beforeYear
                              and (cast(:unit as text) is null or unit_name(unit) = :unit)
                              and (cast(:year as integer) is null or year = :year)
                            group by unit, year)
                        select item.unit, item.year, item.version, item.item_id, item.title, item.form,
                               item.quarter, item.nips,
                               array(select person.nip from unnest(item.nips) as person(nip)
                                     where not exists (select 1 from development_realisation done
                                                       where done.unit = item.unit and done.year = item.year
                                                         and done.item_id = item.item_id
                                                         and done.nip = person.nip)) as not_realised_for
                          from development_plan_item item
                          join in_force on in_force.unit = item.unit and in_force.year = item.year
                                       and in_force.version = item.version
                         where cast(:nip as text) is null or item.nips @> array[cast(:nip as text)]""")
                .param("beforeYear", beforeYear).param("unit", filter.unit()).param("nip", filter.nip())
                .param("year", filter.year())
                .query((row, n) -> new ItemOfPlanInForce(row.getString("unit"), row.getInt("year"),
                        row.getInt("version"), row.getObject("item_id", UUID.class), row.getString("title"),
                        row.getString("form"), row.getInt("quarter"),
                        List.of((String[]) row.getArray("nips").getArray()),
                        List.of((String[]) row.getArray("not_realised_for").getArray())))
                .list();
    }

    /**
     * The days each of the people had a development action, each by its own date: a need naming them identified
     * (a refused one is no action), an approved version of a plan with an item naming them, a training or programme
     * completed with lesson hours. One query per kind, whatever the number of people.
     */
    Map<String, List<LocalDate>> developmentActions(Collection<String> nips) {
        Map<String, List<LocalDate>> actions = new HashMap<>();
        if (nips.isEmpty()) {
            return actions;
        }
        String[] who = nips.toArray(String[]::new);
        jdbc.sql("""
                        select person.nip, need.identified_on as day
                          from development_need need cross join lateral unnest(need.nips) as person(nip)
                         where need.nips && cast(:nips as text[]) and need.status <> 'REFUSED'
                           and person.nip = any (cast(:nips as text[]))
                        union all
                        select person.nip, version.decided_on
                          from development_plan_item item
                          join development_plan_version version
                            on version.unit = item.unit and version.year = item.year
                           and version.version = item.version and version.status = 'APPROVED'
                          cross join lateral unnest(item.nips) as person(nip)
                         where item.nips && cast(:nips as text[]) and person.nip = any (cast(:nips as text[]))
                        union all
                        select nip, completed_on from findings_lesson_hours where nip = any (cast(:nips as char(18)[]))""")
                .param("nips", who)
                .query(row -> {
                    actions.computeIfAbsent(row.getString("nip").trim(), key -> new ArrayList<>())
                            .add(row.getObject("day", LocalDate.class));
                });
        return actions;
    }
}
