package id.jejak.query.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings register: the findings the projection stored when their events arrived, and those computed now from
 * its facts for the rules that depend on today or on a tolerance (see {@link QueryTimeRules}). "Today" is the date
 * in the platform clock's time zone (Asia/Jakarta unless configured), and so is the day an event was recorded.
 */
@Service
class FindingsChecker {

    private static final Set<RuleCode> PERSON_QUERY_TIME_RULES = EnumSet.of(RuleCode.COACHING_NOT_PLANNED,
            RuleCode.UNDER_20_JP, RuleCode.BACKDATED_DECISION, RuleCode.UNDER_PERFORMER_WITHOUT_DEVELOPMENT);

    /** Oldest year first, then by rule and subject: a stable order, so pages do not shift between requests. */
    static final Comparator<DetectedFinding> ORDER = Comparator
            .comparing(DetectedFinding::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DetectedFinding::ruleCode)
            .thenComparing(DetectedFinding::subject);

    private static final TypeReference<LinkedHashMap<String, Object>> FACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final FindingFacts facts;
    private final DevelopmentFacts development;
    private final FindingsProperties properties;
    private final DistributionCurvePolicy curve;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final UnitYearAnswers answers;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    FindingsChecker(JdbcClient jdbc, FindingFacts facts, DevelopmentFacts development, FindingsProperties properties,
                    DistributionCurvePolicy curve, Clock clock, TransactionTemplate transactions,
                    UnitYearAnswers answers) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.facts = facts;
        this.development = development;
        this.properties = properties;
        this.curve = curve;
        this.clock = clock;
    }

    /** Every finding the filter lets through, as things stand today. */
    List<DetectedFinding> findings(FindingFilter filter) {
        return findings(filter, LocalDate.now(clock));
    }

    /**
     * Every finding the filter lets through, as they would stand on {@code today}; in {@link #ORDER}. Its reads see
     * one snapshot, each planned for its own values: a unit-year's reads of thousands of rows, planned once for any
     * unit when the driver had prepared them, took twice the time. A unit's year, of every person, is answered from
     * the answer {@link UnitYearAnswers} keeps while the unit's facts are unchanged, narrowed to a rule if asked.
     */
    List<DetectedFinding> findings(FindingFilter filter, LocalDate today) {
        return readOnly.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            if (filter.unit() == null || filter.year() == null || filter.nip() != null) {
                return decide(filter, today);
            }
            FindingFilter unitYear = new FindingFilter(null, null, filter.unit(), filter.year());
            List<DetectedFinding> all = answers.of(filter.unit(), filter.year(), today,
                    () -> decide(unitYear, today));
            return filter.ruleCode() == null ? all : all.stream().filter(filter::matches).toList();
        });
    }

    private List<DetectedFinding> decide(FindingFilter filter, LocalDate today) {
        List<DetectedFinding> found = new ArrayList<>(stored(filter));
        QueryTimeRules rules = new QueryTimeRules(today, clock.getZone(), properties, curve);
        boolean personRules = PERSON_QUERY_TIME_RULES.stream().anyMatch(filter::includes);
        // a unit's finding names no person, so a filter by NIP never includes one
        boolean curveRule = filter.includes(RuleCode.DISTRIBUTION_CURVE_BROKEN) && filter.nip() == null;
        Integer firstPlanYear = filter.includes(RuleCode.DEVELOPMENT_PLAN_NOT_APPROVED) && filter.nip() == null
                ? firstPlanYear(filter) : null;
        if (personRules || curveRule || firstPlanYear != null) {
            // a year's findings need only the facts that can make them, and only of those who may have them: the
            // rest of the history is not read, and the unit-years' counts read their own
            Integer year = filter.year();
            boolean yearOfUnitOrAll = year != null && filter.nip() == null;
            Map<String, PersonHistory> people = year == null ? facts.people(filter.nip(), filter.unit())
                    : !yearOfUnitOrAll ? facts.peopleForYear(List.of(filter.nip()), year)
                    : personRules ? facts.peopleForYear(facts.mayHaveFindingsOfYear(filter.unit(), year), year)
                    : Map.of();
            if (personRules) {
                Map<String, List<LocalDate>> actions = filter.includes(RuleCode.UNDER_PERFORMER_WITHOUT_DEVELOPMENT)
                        ? development.developmentActions(people.values().stream()
                                .filter(person -> !rules.underPerformancesToAnswer(person).isEmpty())
                                .map(PersonHistory::nip).toList())
                        : Map.of();
                for (PersonHistory person : people.values()) {
                    if (filter.includes(RuleCode.COACHING_NOT_PLANNED)) {
                        found.addAll(rules.coachingNotPlanned(person));
                    }
                    if (filter.includes(RuleCode.UNDER_20_JP)) {
                        found.addAll(rules.underLessonHours(person, filter.year()));
                    }
                    if (filter.includes(RuleCode.UNDER_PERFORMER_WITHOUT_DEVELOPMENT)) {
                        found.addAll(rules.underPerformersWithoutDevelopment(person,
                                actions.getOrDefault(person.nip(), List.of())));
                    }
                }
                if (filter.includes(RuleCode.BACKDATED_DECISION)) {
                    for (PersonHistory person : yearOfUnitOrAll ? facts.decidedInYear(filter.unit(), year,
                            properties.backdatingDays()) : people.values()) {
                        found.addAll(rules.backdatedDecisions(person));
                    }
                }
            }
            List<OrganisationPredicateVersions> units = curveRule
                    ? facts.organisationPredicates(filter.unit(), year) : List.of();
            if (!units.isEmpty()) {
                found.addAll(rules.distributionCurve(units, year == null ? people.values()
                        : facts.evaluatedInYear(filter.unit(), year)));
            }
            if (firstPlanYear != null) {
                found.addAll(rules.plansNotApproved(year == null ? people.values()
                                : facts.inUnitOn(filter.unit(), properties.planDeadline(year)), firstPlanYear, year,
                        development.approvals(filter.unit(), year)));
            }
        }
        if (filter.includes(RuleCode.DEVELOPMENT_NEED_UNANSWERED)) {
            found.addAll(rules.needsUnanswered(development.openNeeds(filter)));
        }
        if (filter.includes(RuleCode.PLAN_ITEM_NOT_REALISED)) {
            found.addAll(rules.planItemsNotRealised(development.itemsOfPlansInForce(filter, today.getYear())));
        }
        return found.stream().filter(filter::matches).sorted(ORDER).toList();
    }

    /**
     * The first year unit plans are judged for: the configured one, or the first any plan was recorded for; narrowed
     * to the filter's year. Null when no year is to be judged.
     */
    private Integer firstPlanYear(FindingFilter filter) {
        Integer first = properties.plansRequiredFrom() != null ? properties.plansRequiredFrom()
                : development.firstPlanYear().orElse(null);
        if (first == null || filter.year() != null && filter.year() < first) {
            return null;
        }
        return filter.year() == null ? first : filter.year();
    }

    private List<DetectedFinding> stored(FindingFilter filter) {
        String[] rules = RuleCode.STORED.stream().filter(filter::includes).map(Enum::name).toArray(String[]::new);
        if (rules.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select rule_code, subject, nips, unit, year, event_ids, facts::text as facts from finding
                        where rule_code = any (?::text[])
                          and (cast(? as text) is null or nips @> array[cast(? as text)])
                          and (cast(? as text) is null or unit_name(unit) = ?)
                          and (cast(? as integer) is null or year = ?)""")
                .params(rules, filter.nip(), filter.nip(), filter.unit(), filter.unit(), filter.year(), filter.year())
                .query((row, index) -> new DetectedFinding(RuleCode.valueOf(row.getString("rule_code")),
                        row.getString("subject"), strings(row, "nips"), row.getString("unit"),
                        (Integer) row.getObject("year"), strings(row, "event_ids"), facts(row.getString("facts"))))
                .list();
    }

    private Map<String, Object> facts(String stored) {
        try {
            return json.readValue(stored, FACTS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
