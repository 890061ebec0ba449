package id.jejak.query.findings;

import id.jejak.career.training.LessonHoursObligation;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.OrganisationPredicate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the findings projection's fact tables back into each person's and each unit's history. */
@Repository
class FindingFacts {

    private final JdbcClient jdbc;

    FindingFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The histories of the given people, one query per table; someone of whom nothing is known is left out. */
    Map<String, PersonHistory> people(Collection<String> nips) {
        return people(new People(List.copyOf(nips), null, null));
    }

    /**
     * Every person's history; only one's when {@code nip} is given; when a unit code is given, the histories of
     * everyone ever placed in that unit, the only people a finding of the unit can name. One query per table,
     * whatever their number.
     */
    Map<String, PersonHistory> people(String nip, String unit) {
        return people(new People(nip == null ? null : List.of(nip), unit, null));
    }

    /**
     * What the rules judged when findings are asked for read of each of the given people, for a single year's
     * findings: the person, their periods in units and revocations, and of their facts only those that can make a
     * finding of that year — the lesson hours earned in it (the completions themselves only when they fall short of
     * the year's obligation, since only then does a finding name them), decisions taking effect in it, the year's
     * annual evaluations with their coaching plans. Promotions, ranks and sanctions, which only stored findings are
     * decided on, are left out. A year's findings from these histories are those from the whole histories; other
     * years' are not.
     */
    Map<String, PersonHistory> peopleForYear(Collection<String> nips, int year) {
        return people(new People(List.copyOf(nips), null, year));
    }

    /**
     * Those of whom the rules of a person's year computed when findings are asked for can find something of a year
     * (in a unit, if one is given): an annual evaluation of the year below Baik in some version (a coaching plan or a
     * development action owed), fewer lesson hours in it than the obligation (none is fewer). More may be named than
     * are found; the rules decide on their histories ({@link #peopleForYear}). Anyone in the unit on a day of the
     * year is looked at: a finding of a unit and year is of someone in it on a day of that year. Backdated decisions
     * are read on their own ({@link #decidedInYear}).
     */
    List<String> mayHaveFindingsOfYear(String unit, int year) {
        People who = new People(null, unit, year);
        Map<String, Object> parameters = who.parameters();
        parameters.put("belowBaik", Arrays.stream(Predicate.values()).filter(predicate -> !predicate.isAtLeastBaik())
                .map(Enum::name).toArray(String[]::new));
        return jdbc.sql("select nip from findings_evaluation" + who.where() + who.evaluationsOfYear()
                        + " and predicate = any (cast(:belowBaik as text[]))"
                        + " union select nip from findings_person" + who.where()
                        + " and not exists (select 1 from findings_lesson_hours_year kept where kept.nip ="
                        + " findings_person.nip and kept.year = :year and kept.earned_jp >= :required)")
                .params(parameters).query(String.class).list();
    }

    /**
     * The decisions taking effect in a year recorded more than {@code toleranceDays} after (with a day's margin for
     * the time zone the rule counts days in), of those in the unit on a day of the year (of everyone, without a
     * unit), each person's with the periods in units their TMTs fell in and their revocations: what the backdating
     * rule judges, without the rest of their histories.
     */
    List<PersonHistory> decidedInYear(String unit, int year, int toleranceDays) {
        People who = new People(null, unit, year);
        Map<String, Object> parameters = who.parameters();
        parameters.put("tolerance", toleranceDays);
        return partialHistories("""
                        select decision.*, stay.unit, stay.from_date, stay.until_date, revocation.revoked_event_id
                        from findings_decision decision
                        left join findings_unit_stay stay
                               on stay.nip = decision.nip and stay.from_date <= decision.effective_date
                              and (stay.until_date is null or stay.until_date > decision.effective_date)
                        left join findings_revocation revocation on revocation.revoked_event_id = decision.event_id
                        where recorded_at >= cast(effective_date + :tolerance - 1 as timestamp) at time zone 'UTC'"""
                        + who.datesInYear("decision.effective_date") + " and " + who.whose("decision.nip")
                        + " order by decision.global_index", parameters,
                (row, person) -> person.decisions.add(decision(row)));
    }

    /**
     * The year's annual evaluations whose periods ended in the unit (all, without a unit), as the findings projection
     * keeps that unit beside each, with their revocations: what the distribution curve of the unit-years counts,
     * without the rest of their histories. Each person's history holds the day their period ended in that unit.
     */
    List<PersonHistory> evaluatedInYear(String unit, int year) {
        People who = new People(null, unit, year);
        // the command side lets a person have one annual evaluation of a year that stands: those of the year whose
        // period ended in the unit are the unit's
        return partialHistories("""
                        select evaluation.*, evaluation.period_end as from_date, evaluation.period_end + 1 as until_date,
                               revocation.revoked_event_id
                        from findings_evaluation evaluation
                        left join findings_revocation revocation on revocation.revoked_event_id = evaluation.event_id
                        where evaluation.year = :year and evaluation.kind = 'ANNUAL'"""
                        + (unit == null ? "" : " and unit_name(evaluation.unit) = :who")
                        + " order by evaluation.global_index",
                who.parameters(), (row, person) -> person.evaluationVersions.add(evaluationVersion(row)));
    }

    /** A history of some of a person's facts, as {@link #partialHistories} and {@link #inUnitOn} read them. */
    private static final class Partial {
        private PersonHistory.Person person;
        private final List<PersonHistory.EvaluationVersion> evaluationVersions = new ArrayList<>();
        private final List<PersonHistory.Decision> decisions = new ArrayList<>();
        private final Set<PersonHistory.Stay> stays = new HashSet<>();
        private final Set<String> revoked = new HashSet<>();

        PersonHistory of(String nip) {
            return new PersonHistory(nip, person, List.of(), List.copyOf(stays), List.of(), List.of(),
                    evaluationVersions, List.of(), List.of(), List.of(), Map.of(), decisions, revoked);
        }
    }

    /**
     * Each person's facts of the rows, one fact a row, with the period in a unit (if any) and the revocation of the
     * row's event (if revoked) it was read with.
     */
    private List<PersonHistory> partialHistories(String sql, Map<String, ?> parameters, FactOfRow fact) {
        Map<String, Partial> people = new LinkedHashMap<>();
        jdbc.sql(sql).params(parameters).query((ResultSet row) -> {
            Partial person = people.computeIfAbsent(row.getString("nip"), nip -> new Partial());
            fact.add(row, person);
            if (row.getString("unit") != null) {
                person.stays.add(stay(row));
            }
            if (row.getString("revoked_event_id") != null) {
                person.revoked.add(row.getString("revoked_event_id"));
            }
        });
        return people.entrySet().stream().map(person -> person.getValue().of(person.getKey())).toList();
    }

    @FunctionalInterface
    private interface FactOfRow {
        void add(ResultSet row, Partial person) throws SQLException;
    }

    /**
     * The people in the unit on a day (in any unit, without one), each with their record's start and end and that
     * period in the unit: whom a unit's development plan is owed for by that day, without the rest of their histories.
     */
    List<PersonHistory> inUnitOn(String unit, LocalDate day) {
        return jdbc.sql("""
                        select person.*, stay.unit, stay.from_date, stay.until_date
                        from findings_unit_stay stay join findings_person person on person.nip = stay.nip
                        where stay.from_date <= :day and (stay.until_date is null or stay.until_date > :day)"""
                        + (unit == null ? "" : " and unit_name(stay.unit) = :unit"))
                .param("day", day).param("unit", unit)
                .query((row, index) -> {
                    Partial inUnit = new Partial();
                    inUnit.person = person(row);
                    inUnit.stays.add(stay(row));
                    return inUnit.of(row.getString("nip"));
                })
                .list();
    }

    private Map<String, PersonHistory> people(People who) {
        if (who.nips() != null && who.nips().isEmpty()) {
            return Map.of();
        }
        Map<String, PersonHistory.Person> persons = rows("findings_person", who, FindingFacts::person)
                .stream().collect(Collectors.toMap(Row::nip, Row::value));
        var ranks = byNip(who.allFacts() ? rows("findings_rank", who, row -> new PersonHistory.RankHeld(
                row.getString("event_id"), row.getString("rank"), date(row, "since"), row.getLong("global_index")))
                : List.of());
        var stays = byNip(rows("findings_unit_stay", who, "", "from_date", FindingFacts::stay));
        var proposals = byNip(who.allFacts() ? rows("findings_proposal", who, row -> new PersonHistory.Proposal(
                row.getString("event_id"), row.getObject("proposal_id", UUID.class), row.getString("proposed_by")))
                : List.of());
        var promotions = byNip(who.allFacts() ? rows("findings_promotion", who, row -> new PersonHistory.Promotion(
                row.getString("event_id"), row.getObject("proposal_id", UUID.class), row.getString("from_rank"),
                row.getString("to_rank"), date(row, "effective_date"), row.getString("proposed_by"),
                row.getString("approved_by"), row.getString("recorded_by"), instant(row, "recorded_at"),
                row.getLong("global_index"))) : List.of());
        var evaluations = byNip(rows("findings_evaluation", who, who.evaluationsOfYear(),
                FindingFacts::evaluationVersion));
        // a year's coaching plans are those for its evaluations: read of those evaluated in it
        var coachings = byNip(rows("findings_coaching", who.allFacts() ? who : who.only(evaluations.keySet()),
                row -> new PersonHistory.Coaching(row.getString("event_id"),
                row.getObject("evaluation_id", UUID.class), date(row, "planned_on"), instant(row, "recorded_at"))));
        var sanctions = byNip(who.allFacts() ? rows("findings_sanction", who, row -> new PersonHistory.Sanction(
                row.getString("event_id"), row.getObject("sanction_id", UUID.class), row.getString("type"),
                date(row, "effective_date"), date(row, "ends_on"), row.getString("revoked_by"),
                row.getLong("global_index"))) : List.of());
        Map<String, Map<Integer, Integer>> lessonHours = new HashMap<>();
        jdbc.sql("select nip, year, earned_jp from findings_lesson_hours_year" + who.where()
                        + (who.allFacts() ? "" : " and year = :year"))
                .params(who.parameters())
                .query((ResultSet row) -> {
                    lessonHours.computeIfAbsent(row.getString("nip"), nip -> new HashMap<>())
                            .put(row.getInt("year"), row.getInt("earned_jp"));
                });
        // a year's completions only of those short of the obligation, whom a finding names: someone without a kept
        // row for the year has no completion of it that stands
        var lessons = byNip(rows("findings_lesson_hours", who.allFacts() ? who : who.only(lessonHours.entrySet()
                        .stream().filter(earned -> LessonHoursObligation.shortfall(earned.getValue().get(who.year())) > 0)
                        .map(Map.Entry::getKey).toList()), who.datesInYear("completed_on"),
                row -> new PersonHistory.Lesson(row.getString("event_id"), date(row, "completed_on"),
                row.getInt("lesson_hours"))));
        var decisions = byNip(rows("findings_decision", who, who.datesInYear("effective_date"),
                FindingFacts::decision));
        var revoked = byNip(rows("findings_revocation", who, row -> row.getString("revoked_event_id")));

        Set<String> nips = new TreeSet<>(persons.keySet());
        List.of(ranks, stays, proposals, promotions, evaluations, coachings, sanctions, lessons, decisions,
                revoked).forEach(table -> nips.addAll(table.keySet()));
        Map<String, PersonHistory> people = new LinkedHashMap<>();
        for (String each : nips) {
            people.put(each, new PersonHistory(each, persons.get(each), list(ranks, each), list(stays, each),
                    list(proposals, each), list(promotions, each), list(evaluations, each), list(coachings, each),
                    list(sanctions, each), list(lessons, each), lessonHours.getOrDefault(each, Map.of()),
                    list(decisions, each), new HashSet<>(list(revoked, each))));
        }
        return people;
    }

    /** Every unit's organisation predicate per year, each with its versions; narrowed to a unit or year if given. */
    List<OrganisationPredicateVersions> organisationPredicates(String unit, Integer year) {
        Map<String, List<OrganisationPredicateVersions.Version>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                        select * from findings_organisation_predicate
                        where (cast(? as text) is null or unit = ?) and (cast(? as integer) is null or year = ?)
                        order by unit, year, global_index""")
                .params(unit, unit, year, year)
                .query((ResultSet row) -> {
                    versions.computeIfAbsent(row.getString("unit") + "\n" + row.getInt("year"),
                            key -> new ArrayList<>()).add(new OrganisationPredicateVersions.Version(
                            row.getString("event_id"), OrganisationPredicate.valueOf(row.getString("predicate")),
                            row.getString("corrected_event_id")));
                });
        return versions.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\n");
            return new OrganisationPredicateVersions(key[0], Integer.parseInt(key[1]), entry.getValue());
        }).toList();
    }

    static PersonHistory empty(String nip) {
        return new Partial().of(nip);
    }

    private record Row<T>(String nip, T value) {
    }

    /**
     * Whose rows to read: the given people's, those ever placed in a unit (its code as FindingFilter writes it), or all;
     * and, for a year, which of their facts.
     */
    private record People(List<String> nips, String unit, Integer year) {

        boolean allFacts() {
            return year == null;
        }

        /**
         * For a unit, those whose periods in it touch the year (or ever were, without a year): a finding of a unit
         * and year is of someone in that unit on a day of that year.
         */
        String where() {
            return " where " + whose("nip");
        }

        String whose(String column) {
            if (nips != null) {
                // one array, however many people, read as rows: thousands of parameters, or a test of each against
                // the column's statistics, cost more to plan than to run
                return column + " in (select unnest(cast(:who as char(18)[])))";
            }
            if (unit == null) {
                return "true";
            }
            return column + " in (select nip from findings_unit_stay where unit_name(unit) = :who" + (year == null ? ""
                    : " and from_date <= make_date(:year, 12, 31)"
                    + " and (until_date is null or until_date > make_date(:year, 1, 1))") + ")";
        }

        Object parameter() {
            return nips != null ? nips.toArray(String[]::new) : unit;
        }

        String datesInYear(String column) {
            return year == null ? ""
                    : " and " + column + " between make_date(:year, 1, 1) and make_date(:year, 12, 31)";
        }

        /**
         * The year's annual evaluations, every version of them: a correction keeps the kind, year and period of the
         * version it corrects (the command side's PerformanceRecord), and the rules judge annual evaluations only.
         */
        String evaluationsOfYear() {
            return year == null ? "" : " and year = :year and kind = 'ANNUAL'";
        }

        /** Some of these people, for the same facts. */
        People only(Collection<String> some) {
            return new People(List.copyOf(some), null, year);
        }

        Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("who", parameter());
            parameters.put("year", year);
            parameters.put("required", LessonHoursObligation.REQUIRED_PER_YEAR);
            return parameters;
        }
    }

    private <T> List<Row<T>> rows(String table, People who, ColumnMapper<T> mapper) {
        return rows(table, who, "", mapper);
    }

    /** The table's rows that also meet {@code narrowing}, in the order the store recorded them, each with its NIP. */
    private <T> List<Row<T>> rows(String table, People who, String narrowing, ColumnMapper<T> mapper) {
        return rows(table, who, narrowing, "global_index", mapper);
    }

    private <T> List<Row<T>> rows(String table, People who, String narrowing, String order, ColumnMapper<T> mapper) {
        RowMapper<Row<T>> rowMapper = (row, index) -> new Row<>(row.getString("nip"), mapper.map(row));
        return jdbc.sql("select * from " + table + who.where() + narrowing.formatted(table) + " order by " + order)
                .params(who.parameters())
                .query(rowMapper).list();
    }

    private static <T> Map<String, List<T>> byNip(List<Row<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::nip, LinkedHashMap::new,
                Collectors.mapping(Row::value, Collectors.toList())));
    }

    private static <T> List<T> list(Map<String, List<T>> byNip, String nip) {
        return byNip.getOrDefault(nip, List.of());
    }

    private static PersonHistory.Stay stay(ResultSet row) throws SQLException {
        return new PersonHistory.Stay(row.getString("unit"), date(row, "from_date"), date(row, "until_date"));
    }

    private static PersonHistory.Person person(ResultSet row) throws SQLException {
        return new PersonHistory.Person(row.getString("employment_type"), date(row, "in_service_from"),
                date(row, "left_on"));
    }

    private static PersonHistory.EvaluationVersion evaluationVersion(ResultSet row) throws SQLException {
        return new PersonHistory.EvaluationVersion(row.getString("event_id"),
                row.getObject("evaluation_id", UUID.class), row.getString("kind"), row.getInt("year"),
                date(row, "period_end"), Predicate.valueOf(row.getString("predicate")),
                row.getString("corrected_event_id"), instant(row, "recorded_at"), row.getLong("global_index"));
    }

    private static PersonHistory.Decision decision(ResultSet row) throws SQLException {
        return new PersonHistory.Decision(row.getString("event_id"), row.getString("event_type"),
                date(row, "effective_date"), instant(row, "recorded_at"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    @FunctionalInterface
    private interface ColumnMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
