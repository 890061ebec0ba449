package id.jejak.query.development;

import id.jejak.career.training.LessonHoursObligation;
import id.jejak.query.projection.StatementBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plan against realisation, read from the development projection's tables joined with the JP the reports projection
 * keeps: a realisation's JP is its completion's, and a revoked completion stops counting.
 */
@Component
class DevelopmentReports {

    /** JP a person earned by one completion, unless the completion was revoked. */
    private static final String NOT_REVOKED = """
            not exists (select 1 from report_revocation revocation
                        where revocation.revoked_event_id = hours.event_id)""";

    /** The JP the realisations of an item earned, for the people it names. */
    private static final String EARNED_BY_REALISATIONS = """
            coalesce((select sum(hours.earned_jp) from development_realisation done
                        join report_lesson_hours hours on hours.source = done.kind
                                                       and hours.source_id = done.development_id
                                                       and hours.nip = done.nip
                       where done.unit = item.unit and done.year = item.year and done.item_id = item.item_id
                         and %s), 0)""".formatted(NOT_REVOKED);

    /** Every JP a person earned in the year, whatever the source: what the 20-JP obligation counts. */
    private static final String EARNED_IN_YEAR = """
            coalesce((select sum(hours.earned_jp) from report_lesson_hours hours
                       where hours.nip = %s and hours.completed_on between make_date(:year, 1, 1)
                                                                       and make_date(:year, 12, 31)
                         and %s), 0)""";

    /**
     * The follow-up an item carries: the one decided last for a programme that realised an item of the same line —
     * the same unit, form and title (trimmed, inner white space collapsed, in any letters) — in an earlier year's
     * plan. A plan names no programme (a programme is set up to carry an item out), so the line is how next year's
     * item meets the programme that carried out last year's.
     */
    private static final String FOLLOW_UP_CARRIED = """
            select follow.programme_id, programme.title as programme_title, earlier.year as from_year,
                   follow.decision, follow.curriculum_changes, follow.decided_on
              from development_plan_item earlier
              join development_realisation done on done.unit = earlier.unit and done.year = earlier.year
                                               and done.item_id = earlier.item_id and done.kind = 'PROGRAMME'
              join development_follow_up follow on follow.programme_id = done.development_id
              left join report_programme programme on programme.programme_id = follow.programme_id
             where earlier.unit = item.unit and earlier.year < item.year and earlier.form = item.form
               and lower(regexp_replace(trim(earlier.title), '\\s+', ' ', 'g'))
                   = lower(regexp_replace(trim(item.title), '\\s+', ' ', 'g'))
             order by follow.decided_on desc, follow.last_global_index desc
             limit 1""";

    private final JdbcClient jdbc;

    DevelopmentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlanReport plan(String unit, int year) {
        List<PlanReport.PlanVersion> versions = jdbc.sql("""
                        select version, amends_version, status, reason, proposed_by, decided_by, decided_on
                          from development_plan_version where unit = :unit and year = :year order by version""")
                .param("unit", unit).param("year", year)
                .query((rs, n) -> new PlanReport.PlanVersion(rs.getInt("version"),
                        (Integer) rs.getObject("amends_version"), rs.getString("status"), rs.getString("reason"),
                        rs.getString("proposed_by"), rs.getString("decided_by"),
                        rs.getObject("decided_on", LocalDate.class))).list();
        Integer inForce = versions.stream().filter(version -> "APPROVED".equals(version.status()))
                .map(PlanReport.PlanVersion::version).reduce((first, later) -> later).orElse(null);
        if (inForce == null) {
            return new PlanReport(unit, year, null, versions, List.of(), PlanReport.PlanTotals.NONE, List.of());
        }
        List<PlanReport.ItemRealisation> items = jdbc.sql("""
                        select item.item_id, item.title, item.category, item.form, item.route, item.quarter,
                               item.planned_jp, item.partner, item.estimated_cost, cardinality(item.nips) as people,
                               item.need_ids,
                               (select count(*) from development_realisation done
                                 where done.unit = item.unit and done.year = item.year
                                   and done.item_id = item.item_id) as realised,
                               (select sum(done.cost) from development_realisation done
                                 where done.unit = item.unit and done.year = item.year
                                   and done.item_id = item.item_id) as cost,
                               %s as earned_jp,
                               carried.programme_id, carried.programme_title, carried.from_year, carried.decision,
                               carried.curriculum_changes, carried.decided_on
                          from development_plan_item item
                          left join lateral (%s) carried on true
                         where item.unit = :unit and item.year = :year and item.version = :version
                         order by item.quarter, item.title, item.item_id"""
                        .formatted(EARNED_BY_REALISATIONS, FOLLOW_UP_CARRIED))
                .param("unit", unit).param("year", year).param("version", inForce)
                .query((rs, n) -> new PlanReport.ItemRealisation(rs.getObject("item_id", UUID.class),
                        rs.getString("title"), rs.getString("category"), rs.getString("form"), rs.getString("route"),
                        rs.getInt("quarter"), rs.getInt("planned_jp"), rs.getString("partner"),
                        rs.getBigDecimal("estimated_cost"),
                        Arrays.stream((String[]) rs.getArray("need_ids").getArray()).map(UUID::fromString).toList(),
                        rs.getInt("people"), rs.getInt("realised"), rs.getInt("realised") >= rs.getInt("people"),
                        rs.getInt("earned_jp"), rs.getBigDecimal("cost"), followUp(rs))).list();
        // the plan's NIPs as char(18), the reports' type: compared as text, no index on report_lesson_hours' nip
        // serves, and a unit of 1,529 planned people took 107 s at the benchmark's scale 1.0 (0.3 s with the cast)
        List<PlanReport.PlannedPerson> people = jdbc.sql("""
                        with planned as (
                            select person.nip, item.planned_jp,
                                   exists (select 1 from development_realisation done
                                            where done.unit = item.unit and done.year = item.year
                                              and done.item_id = item.item_id and done.nip = person.nip) as realised
                              from development_plan_item item cross join lateral unnest(cast(item.nips as char(18)[])) as person(nip)
                             where item.unit = :unit and item.year = :year and item.version = :version)
                        select planned.nip, sum(planned.planned_jp) as planned_jp,
                               coalesce(sum(planned.planned_jp) filter (where not planned.realised), 0) as remaining_jp,
                               bool_or(planned.realised) as covered, %s as earned_jp
                          from planned group by planned.nip order by planned.nip"""
                        .formatted(EARNED_IN_YEAR.formatted("planned.nip", NOT_REVOKED)))
                .param("unit", unit).param("year", year).param("version", inForce)
                .query((rs, n) -> PlanReport.PlannedPerson.of(rs.getString("nip"), rs.getInt("planned_jp"),
                        rs.getInt("remaining_jp"), rs.getBoolean("covered"), rs.getInt("earned_jp"))).list();
        return new PlanReport(unit, year, inForce, versions, items, PlanReport.PlanTotals.of(items, people),
                people.stream().filter(PlanReport.PlannedPerson::missesObligationWithoutTheRest).toList());
    }

    private static PlanReport.CarriedFollowUp followUp(ResultSet rs) throws SQLException {
        UUID programme = rs.getObject("programme_id", UUID.class);
        return programme == null ? null : new PlanReport.CarriedFollowUp(programme, rs.getString("programme_title"),
                rs.getInt("from_year"), rs.getString("decision"), rs.getString("curriculum_changes"),
                rs.getObject("decided_on", LocalDate.class));
    }

    PersonPlanReport person(String nip, int year) {
        List<PersonPlanReport.PersonItem> items = jdbc.sql("""
                        select item.unit, item.item_id, item.title, item.category, item.form, item.route,
                               item.quarter, item.planned_jp, done.kind, done.development_id,
                               coalesce((select sum(hours.earned_jp) from report_lesson_hours hours
                                          where hours.source = done.kind and hours.source_id = done.development_id
                                            and hours.nip = done.nip and %s), 0) as earned_jp
                          from development_plan_item item
                          join (select unit, year, max(version) as version from development_plan_version
                                 where status = 'APPROVED' and year = :year group by unit, year) in_force
                            on in_force.unit = item.unit and in_force.year = item.year
                           and in_force.version = item.version
                          left join development_realisation done
                            on done.unit = item.unit and done.year = item.year and done.item_id = item.item_id
                           and done.nip = :nip
                         where :nip = any(item.nips)
                         order by item.quarter, item.unit, item.title""".formatted(NOT_REVOKED))
                .param("nip", nip).param("year", year)
                .query((rs, n) -> new PersonPlanReport.PersonItem(rs.getString("unit"),
                        rs.getObject("item_id", UUID.class), rs.getString("title"), rs.getString("category"),
                        rs.getString("form"), rs.getString("route"), rs.getInt("quarter"), rs.getInt("planned_jp"),
                        rs.getString("kind") != null, rs.getString("kind"),
                        rs.getObject("development_id", UUID.class), rs.getInt("earned_jp"))).list();
        List<NeedView> needs = needs("where :nip = any(need.nips)", Map.of("nip", nip));
        int earned = jdbc.sql("select " + EARNED_IN_YEAR.formatted(":nip", NOT_REVOKED))
                .param("nip", nip).param("year", year).query(Integer.class).single();
        return new PersonPlanReport(nip, year, earned, LessonHoursObligation.REQUIRED_PER_YEAR, items, needs);
    }

    List<NeedView> needs(String unit, String status) {
        return needs("where need.unit = :unit and (cast(:status as text) is null or need.status = :status)",
                StatementBatch.parameters("unit", unit, "status", status));
    }

    private List<NeedView> needs(String where, Map<String, ?> parameters) {
        return jdbc.sql("""
                        select need_id, unit, nips, source, source_id, period, category, competency, description,
                               identified_on, status, closed_by_nip, closed_by_kind, closed_by_id
                          from development_need need
                        """ + where + " order by identified_on, need_id")
                .params(parameters)
                .query((rs, n) -> new NeedView(rs.getObject("need_id", UUID.class), rs.getString("unit"),
                        List.of((String[]) rs.getArray("nips").getArray()), rs.getString("source"),
                        rs.getObject("source_id", UUID.class), rs.getString("period"), rs.getString("category"),
                        rs.getString("competency"), rs.getString("description"),
                        rs.getObject("identified_on", LocalDate.class), rs.getString("status"),
                        rs.getString("closed_by_nip"), rs.getString("closed_by_kind"),
                        rs.getObject("closed_by_id", UUID.class))).list();
    }

    /** A need as the development projection holds it; {@code closedBy…} name the development that met it. */
    record NeedView(UUID needId, String unit, List<String> nips, String source, UUID sourceId, String period,
                    String category, String competency, String description, LocalDate identifiedOn, String status,
                    String closedByNip, String closedByKind, UUID closedById) {
    }
}
