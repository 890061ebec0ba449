package id.jejak.query.report;

import id.jejak.career.discipline.Sanction;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.career.promotion.RegularPromotion;
import id.jejak.career.training.LessonHoursObligation;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;
import id.jejak.platform.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Builds each report from the reports projection's tables in a few set queries; nothing is replayed. Revoked
 * decisions are left out where they are met, and a person's unit on a day comes from {@code report_unit_on}.
 */
@Repository
class ReportQueries {

    private static final Comparator<String> UNITS = Comparator.nullsLast(Comparator.naturalOrder());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Who was in service on a day: registered by then, and not retired or dismissed by then. */
    private static final String IN_SERVICE_ON =
            " person.in_service_since <= :day and (person.status = 'ACTIVE' or person.status_since > :day) ";

    private final JdbcClient jdbc;
    private final PromotionPolicy promotionPolicy;
    private final LessonHoursAnswers lessonHoursAnswers;
    /** One snapshot for a report's queries, and for the fingerprint its kept answer is checked against. */
    private final TransactionTemplate readOnly;

    ReportQueries(JdbcClient jdbc, PromotionPolicy promotionPolicy, LessonHoursAnswers lessonHoursAnswers,
                  TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.promotionPolicy = promotionPolicy;
        this.lessonHoursAnswers = lessonHoursAnswers;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The people in service at the year's end, each in the unit they were in that day, with the lesson hours they
     * earned in the year wherever they were; and per unit, the lesson hours earned while in it by those people. Both
     * read the rows the projection keeps ({@code report_unit_stay}, {@code report_lesson_hours_year}); a unit's
     * report reads only that unit's.
     */
    LessonHoursReport lessonHours(int year, String unit) {
        return readOnly.execute(status -> decideLessonHours(year, unit));
    }

    /** A unit's report in JSON, kept while the unit's facts stand ({@link LessonHoursAnswers}). */
    byte[] unitLessonHoursJson(int year, String unit) {
        return readOnly.execute(status -> lessonHoursAnswers.of(unit, year, () -> decideLessonHours(year, unit)));
    }

    private LessonHoursReport decideLessonHours(int year, String unit) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        record Person(String nip, String fullName, String employmentType, String unit, int earned) {
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("day", yearEnd, "year", year));
        if (unit != null) {
            parameters.put("unit", unit);
        }
        List<Person> persons = jdbc.sql("""
                        select person.nip, person.full_name, person.employment_type, stay.unit,
                               coalesce((select sum(earned.earned_jp) from report_lesson_hours_year earned
                                         where earned.nip = person.nip and earned.year = :year), 0) as earned
                        from report_person person
                        left join report_unit_stay stay
                               on stay.nip = person.nip
                              and (stay.from_date is null or stay.from_date <= :day)
                              and (stay.until_date is null or stay.until_date > :day)
                        where """ + IN_SERVICE_ON + (unit == null ? "" : " and stay.unit = :unit"))
                .params(parameters)
                .query((row, index) -> new Person(row.getString("nip"), row.getString("full_name"),
                        row.getString("employment_type"), row.getString("unit"), row.getInt("earned")))
                .list();
        Map<String, Integer> byUnit = new HashMap<>();
        jdbc.sql("""
                        select earned.unit, sum(earned.earned_jp) as earned
                        from report_lesson_hours_year earned join report_person person on person.nip = earned.nip
                        where earned.year = :year and """ + IN_SERVICE_ON
                        + (unit == null ? "" : " and earned.unit = :unit") + " group by earned.unit")
                .params(parameters)
                .query(row -> {
                    byUnit.put(row.getString("unit"), row.getInt("earned"));
                });

        List<LessonHoursReport.PersonRow> rows = persons.stream()
                .map(person -> new LessonHoursReport.PersonRow(person.nip(), person.fullName(),
                        person.employmentType(), person.unit(), person.earned(),
                        LessonHoursObligation.REQUIRED_PER_YEAR, LessonHoursObligation.shortfall(person.earned())))
                .sorted(Comparator.comparing(LessonHoursReport.PersonRow::unit, UNITS)
                        .thenComparing(LessonHoursReport.PersonRow::fullName)
                        .thenComparing(LessonHoursReport.PersonRow::nip))
                .toList();
        Set<String> units = new HashSet<>(byUnit.keySet());
        persons.forEach(person -> units.add(person.unit()));
        List<LessonHoursReport.UnitTotal> totals = units.stream()
                .filter(name -> unit == null || unit.equals(name))
                .sorted(UNITS)
                .map(name -> {
                    List<LessonHoursReport.PersonRow> members = rows.stream()
                            .filter(row -> Objects.equals(name, row.unit())).toList();
                    return new LessonHoursReport.UnitTotal(name, byUnit.getOrDefault(name, 0), members.size(),
                            (int) members.stream().filter(row -> row.shortfall() > 0).count(),
                            members.stream().mapToInt(LessonHoursReport.PersonRow::shortfall).sum());
                })
                .toList();
        return new LessonHoursReport(year, unit, LessonHoursObligation.REQUIRED_PER_YEAR, totals, rows);
    }

    PredicateDistributionReport predicateDistribution(int year) {
        Map<String, Map<Predicate, Integer>> counts = predicateCounts(year);
        Map<String, String> organisation = organisationPredicates(year);
        Set<String> units = new TreeSet<>(UNITS);
        units.addAll(counts.keySet());
        units.addAll(organisation.keySet());
        return new PredicateDistributionReport(year, units.stream()
                .map(unit -> new PredicateDistributionReport.UnitDistribution(unit, organisation.get(unit),
                        shares(counts.getOrDefault(unit, Map.of()))))
                .toList());
    }

    CitizenSatisfactionReport citizenSatisfaction(int year) {
        Map<String, List<CitizenSatisfactionReport.SurveyResult>> results = new LinkedHashMap<>();
        jdbc.sql("""
                        select unit, period, satisfaction_index, grade, respondents, grade_policy
                        from report_citizen_satisfaction where year = :year order by unit, period""")
                .param("year", year)
                .query((row, index) -> Map.entry(row.getString("unit"), new CitizenSatisfactionReport.SurveyResult(
                        row.getString("period"), row.getBigDecimal("satisfaction_index"), row.getString("grade"),
                        row.getInt("respondents"), row.getString("grade_policy"))))
                .list()
                .forEach(entry -> results.computeIfAbsent(entry.getKey(), unit -> new ArrayList<>())
                        .add(entry.getValue()));
        Map<String, String> organisation = organisationPredicates(year);
        Map<String, Map<Predicate, Integer>> counts = predicateCounts(year);
        Set<String> units = new TreeSet<>(results.keySet());
        units.addAll(organisation.keySet());
        return new CitizenSatisfactionReport(year, units.stream()
                .map(unit -> new CitizenSatisfactionReport.UnitSatisfaction(unit,
                        results.getOrDefault(unit, List.of()), organisation.get(unit),
                        shares(counts.getOrDefault(unit, Map.of()))))
                .toList());
    }

    PromotionEligibilityReport promotionEligibility(LocalDate date) {
        int lastYear = date.getYear() - 1;
        int yearBefore = date.getYear() - RegularPromotion.YEARS_OF_PREDICATES;
        Map<String, Map<Integer, Predicate>> predicates = new HashMap<>();
        jdbc.sql("select nip, year, predicate from report_annual_predicate where year between :from and :to")
                .param("from", yearBefore)
                .param("to", lastYear)
                .query(row -> {
                    predicates.computeIfAbsent(row.getString("nip"), nip -> new HashMap<>())
                            .put(row.getInt("year"), Predicate.valueOf(row.getString("predicate")));
                });
        // the sanctions that stand; which of them is in force on the date is the rule's to say
        Map<String, List<Sanction>> sanctions = new HashMap<>();
        jdbc.sql("""
                        select sanction.nip, sanction.sanction_id, sanction.type, sanction.effective_date,
                               sanction.ends_on
                        from report_sanction sanction
                        where not sanction.revoked_on_appeal
                          and not exists (select 1 from report_revocation revocation
                                          where revocation.revoked_event_id = sanction.event_id)""")
                .query(row -> {
                    sanctions.computeIfAbsent(row.getString("nip"), nip -> new ArrayList<>()).add(new Sanction(
                            row.getObject("sanction_id", UUID.class), SanctionType.valueOf(row.getString("type")),
                            row.getObject("effective_date", LocalDate.class),
                            row.getObject("ends_on", LocalDate.class)));
                });
        Locale locale = LocaleContextHolder.getLocale();
        List<PromotionEligibilityReport.Candidate> candidates = jdbc.sql("""
                        select person.nip, person.full_name, person.rank, person.rank_since, person.education,
                               report_unit_on(person.nip, :day) as unit
                        from report_person person
                        where person.status = 'ACTIVE' and person.employment_type = 'PNS'
                          and person.rank is not null
                        order by unit nulls last, person.full_name, person.nip""")
                .param("day", date)
                .query((row, index) -> {
                    String nip = row.getString("nip");
                    Rank rank = Rank.ofCode(row.getString("rank"));
                    String education = row.getString("education");
                    var candidate = new PromotionPolicy.Candidate(EmploymentType.PNS, rank,
                            row.getObject("rank_since", LocalDate.class),
                            education == null ? null : Education.valueOf(education),
                            predicates.getOrDefault(nip, Map.of()), sanctions.getOrDefault(nip, List.of()));
                    Rank target = RegularPromotion.nextRank(rank).orElse(null);
                    List<PromotionEligibilityReport.Reason> reasons = promotionPolicy.check(candidate, target, date)
                            .stream()
                            .map(failure -> new PromotionEligibilityReport.Reason(failure.code(),
                                    failure.message(locale), failure.facts()))
                            .toList();
                    return new PromotionEligibilityReport.Candidate(nip, row.getString("full_name"),
                            row.getString("unit"), rank.code(), candidate.rankSince(), education,
                            target == null ? null : target.code(), reasons.isEmpty(), reasons);
                })
                .list();
        int eligible = (int) candidates.stream().filter(PromotionEligibilityReport.Candidate::eligible).count();
        return new PromotionEligibilityReport(date, promotionPolicy.version(), promotionPolicy.promotionDates(),
                eligible, candidates.size() - eligible, candidates);
    }

    ProgrammeEffectivenessReport programmeEffectiveness(UUID programmeId, Integer year) {
        record Programme(UUID id, String title, String kind, LocalDate startDate, LocalDate endDate) {
        }
        var query = programmeId != null
                ? jdbc.sql("select * from report_programme where programme_id = :id").param("id", programmeId)
                : jdbc.sql("""
                        select * from report_programme
                        where start_date between :yearStart and :yearEnd order by start_date, title""")
                .param("yearStart", LocalDate.of(year, 1, 1)).param("yearEnd", LocalDate.of(year, 12, 31));
        List<Programme> programmes = query.query((row, index) -> new Programme(row.getObject("programme_id",
                        UUID.class), row.getString("title"), row.getString("kind"),
                        row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class)))
                .list();
        if (programmeId != null && programmes.isEmpty()) {
            throw new NotFoundException("PROGRAMME_NOT_FOUND", "no development programme with id {programmeId} exists",
                    Map.of("programmeId", programmeId));
        }
        Map<Integer, Map<String, Predicate>> predicatesByYear = new HashMap<>();
        Function<Integer, Map<String, Predicate>> predicatesOf = evaluated -> predicatesByYear.computeIfAbsent(
                evaluated, this::annualPredicates);
        return new ProgrammeEffectivenessReport(programmeId, programmeId == null ? year : null, programmes.stream()
                .map(programme -> {
                    record Enrolment(String nip, boolean participated, String unit) {
                    }
                    List<Enrolment> enrolments = jdbc.sql("""
                                    select participant.nip,
                                           coalesce(participant.attended, false)
                                               and not exists (select 1 from report_revocation revocation
                                                               where revocation.revoked_event_id
                                                                     = participant.completion_event_id)
                                               as participated,
                                           report_unit_on(participant.nip, :day) as unit
                                    from report_participant participant where participant.programme_id = :id""")
                            .param("id", programme.id())
                            .param("day", programme.startDate())
                            .query((row, index) -> new Enrolment(row.getString("nip"), row.getBoolean("participated"),
                                    row.getString("unit")))
                            .list();
                    List<String> participants = enrolments.stream().filter(Enrolment::participated)
                            .map(Enrolment::nip).toList();
                    List<String> units = enrolments.stream().filter(Enrolment::participated).map(Enrolment::unit)
                            .filter(Objects::nonNull).distinct().sorted().toList();
                    List<String> others = units.isEmpty() ? List.of() : jdbc.sql("""
                                    select person.nip from report_person person
                                    where report_unit_on(person.nip, :day) in (:units) and """ + IN_SERVICE_ON + """
                                      and not exists (select 1 from report_participant participant
                                                      where participant.programme_id = :id
                                                        and participant.nip = person.nip)""")
                            .param("day", programme.startDate())
                            .param("units", units)
                            .param("id", programme.id())
                            .query(String.class).list();
                    int before = programme.startDate().getYear() - 1;
                    int after = programme.endDate().getYear() + 1;
                    var participantGroup = group(participants, before, after, predicatesOf);
                    var otherGroup = group(others, before, after, predicatesOf);
                    var meetings = jdbc.sql("""
                                    select count(*) filter (where kind = 'PAIR') as pairs,
                                           count(*) filter (where kind = 'SESSION') as sessions,
                                           count(*) filter (where kind = 'MEETING') as meetings,
                                           coalesce(sum(lesson_hours), 0) as lesson_hours
                                    from report_programme_meeting where programme_id = :id""")
                            .param("id", programme.id())
                            .query((row, index) -> new ProgrammeEffectivenessReport.Meetings(row.getInt("pairs"),
                                    row.getInt("sessions"), row.getInt("meetings"), row.getInt("lesson_hours")))
                            .single();
                    return new ProgrammeEffectivenessReport.Programme(programme.id(), programme.title(),
                            programme.kind(), programme.startDate(), programme.endDate(), units, enrolments.size(),
                            meetings, participantGroup, otherGroup, difference(participantGroup.change(), otherGroup.change()));
                })
                .toList());
    }

    private static ProgrammeEffectivenessReport.Group group(List<String> nips, int before, int after,
                                                            Function<Integer, Map<String, Predicate>> predicatesOf) {
        var shareBefore = yearShare(nips, before, predicatesOf.apply(before));
        var shareAfter = yearShare(nips, after, predicatesOf.apply(after));
        return new ProgrammeEffectivenessReport.Group(nips.size(), shareBefore, shareAfter,
                difference(shareAfter.share(), shareBefore.share()));
    }

    private static ProgrammeEffectivenessReport.YearShare yearShare(List<String> nips, int year,
                                                                    Map<String, Predicate> predicates) {
        List<Predicate> evaluated = nips.stream().map(predicates::get).filter(Objects::nonNull).toList();
        int good = (int) evaluated.stream().filter(Predicate::isAtLeastBaik).count();
        return new ProgrammeEffectivenessReport.YearShare(year, evaluated.size(), good,
                percentage(good, evaluated.size()));
    }

    private Map<String, Predicate> annualPredicates(int year) {
        Map<String, Predicate> predicates = new HashMap<>();
        jdbc.sql("select nip, predicate from report_annual_predicate where year = :year")
                .param("year", year)
                .query(row -> {
                    predicates.put(row.getString("nip"), Predicate.valueOf(row.getString("predicate")));
                });
        return predicates;
    }

    /** Per unit (at the end of the evaluated period), how many annual predicates of each kind the year has. */
    private Map<String, Map<Predicate, Integer>> predicateCounts(int year) {
        Map<String, Map<Predicate, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select report_unit_on(annual.nip, annual.period_end) as unit, annual.predicate,
                               count(*) as persons
                        from report_annual_predicate annual where annual.year = :year
                        group by 1, 2""")
                .param("year", year)
                .query(row -> {
                    counts.computeIfAbsent(row.getString("unit"), unit -> new EnumMap<>(Predicate.class))
                            .put(Predicate.valueOf(row.getString("predicate")), row.getInt("persons"));
                });
        return counts;
    }

    private Map<String, String> organisationPredicates(int year) {
        Map<String, String> predicates = new HashMap<>();
        jdbc.sql("select unit, predicate from report_organisation_performance where year = :year")
                .param("year", year)
                .query(row -> {
                    predicates.put(row.getString("unit"), row.getString("predicate"));
                });
        return predicates;
    }

    private static PredicateShares shares(Map<Predicate, Integer> counts) {
        int evaluated = counts.values().stream().mapToInt(Integer::intValue).sum();
        int good = counts.entrySet().stream().filter(entry -> entry.getKey().isAtLeastBaik())
                .mapToInt(Map.Entry::getValue).sum();
        Map<String, PredicateShares.Share> shares = new LinkedHashMap<>();
        for (Predicate predicate : Predicate.values()) {
            int count = counts.getOrDefault(predicate, 0);
            shares.put(predicate.name(), new PredicateShares.Share(count, percentage(count, evaluated)));
        }
        return new PredicateShares(evaluated, good, percentage(good, evaluated), shares);
    }

    private static BigDecimal percentage(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal difference(BigDecimal minuend, BigDecimal subtrahend) {
        return minuend == null || subtrahend == null ? null : minuend.subtract(subtrahend);
    }
}
