package id.jejak.query.findings;

import id.jejak.career.training.LessonHoursObligation;
import id.jejak.career.workunit.UnitNames;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.OrganisationPredicate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules whose answer depends on the day they are asked (a deadline passes, a year closes, more evaluations come
 * in) or on a tolerance that is configured: they are computed from the findings projection's facts when findings are
 * asked for, never stored, so a new day or a new setting applies to the whole history at once.
 */
final class QueryTimeRules {

    /** PP 11/2017 Pasal 203(4): at least 20 JP of competence development per year. */

    private final LocalDate today;
    private final ZoneId zone;
    private final FindingsProperties properties;
    private final DistributionCurvePolicy curve;

    QueryTimeRules(LocalDate today, ZoneId zone, FindingsProperties properties, DistributionCurvePolicy curve) {
        this.today = today;
        this.zone = zone;
        this.properties = properties;
        this.curve = curve;
    }

    /**
     * An annual predicate below Baik needs a coaching plan naming it, recorded within the allowed days of the day
     * the predicate was recorded — counted from the version that made it below Baik, when a correction did. Both
     * sides are recording times: a plan's own date could be written to be anything. Nothing is found while the days
     * run.
     */
    List<DetectedFinding> coachingNotPlanned(PersonHistory history) {
        List<DetectedFinding> findings = new ArrayList<>();
        for (PersonHistory.Evaluation evaluation : history.evaluations()) {
            if (!evaluation.annual() || evaluation.predicate().isAtLeastBaik()) {
                continue;
            }
            LocalDate recordedOn = date(belowBaikSince(evaluation));
            LocalDate deadline = recordedOn.plusDays(properties.coachingWithinDays());
            List<PersonHistory.Coaching> plans = history.coachingsFor(evaluation.evaluationId());
            boolean inTime = plans.stream().anyMatch(plan -> !date(plan.recordedAt()).isAfter(deadline));
            if (inTime || !today.isAfter(deadline)) {
                continue;
            }
            Optional<PersonHistory.Coaching> late = plans.stream()
                    .min(Comparator.comparing(PersonHistory.Coaching::recordedAt));
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", evaluation.year());
            facts.put("evaluationId", evaluation.evaluationId().toString());
            facts.put("predicate", evaluation.predicate().name());
            facts.put("recordedOn", recordedOn);
            facts.put("withinDays", properties.coachingWithinDays());
            facts.put("deadline", deadline);
            facts.put("coachingRecordedOn", late.map(plan -> (Object) date(plan.recordedAt())).orElse("-"));
            List<String> eventIds = new ArrayList<>(evaluation.eventIds());
            late.ifPresent(plan -> eventIds.add(plan.eventId()));
            findings.add(new DetectedFinding(RuleCode.COACHING_NOT_PLANNED, evaluation.versions().get(0).eventId(),
                    List.of(history.nip()), history.unitOn(evaluation.current().periodEnd()), evaluation.year(),
                    eventIds, facts));
        }
        return findings;
    }

    /**
     * Fewer than 20 JP in a year the person served whole (from 1 January to 31 December) that is over: the year they
     * joined or left mid-way owes no full 20, and this year may still be made up. PPPK are left out: whether the 20 JP
     * bind them is not confirmed (DOMAIN.md 1.8, open point 4). Only {@code onlyYear} is judged when given.
     */
    List<DetectedFinding> underLessonHours(PersonHistory history, Integer onlyYear) {
        PersonHistory.Person person = history.person();
        if (person == null || person.employmentType() == null
                || !LessonHoursObligation.appliesTo(EmploymentType.valueOf(person.employmentType()))) {
            return List.of();
        }
        LocalDate from = person.inServiceFrom();
        int firstYear = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
        int lastYear = today.getYear() - 1;
        if (person.leftOn() != null) {
            // served all of year Y only if they left after its 31 December
            lastYear = Math.min(lastYear, person.leftOn().getYear() - 1);
        }
        List<DetectedFinding> findings = new ArrayList<>();
        if (onlyYear != null) {
            firstYear = Math.max(firstYear, onlyYear);
            lastYear = Math.min(lastYear, onlyYear);
        }
        for (int year = firstYear; year <= lastYear; year++) {
            int earned = history.lessonHoursEarnedIn(year);
            if (LessonHoursObligation.shortfall(earned) == 0) {
                continue;
            }
            List<PersonHistory.Lesson> lessons = history.lessonsIn(year);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", year);
            facts.put("earned", earned);
            facts.put("required", LessonHoursObligation.REQUIRED_PER_YEAR);
            findings.add(new DetectedFinding(RuleCode.UNDER_20_JP, history.nip() + "/" + year,
                    List.of(history.nip()), history.unitOn(LocalDate.of(year, 12, 31)), year,
                    lessons.stream().map(PersonHistory.Lesson::eventId).toList(), facts));
        }
        return findings;
    }

    /** A decision by decree recorded more than the tolerated days after it took effect. */
    List<DetectedFinding> backdatedDecisions(PersonHistory history) {
        List<DetectedFinding> findings = new ArrayList<>();
        for (PersonHistory.Decision decision : history.decisionsInForce()) {
            LocalDate recordedOn = date(decision.recordedAt());
            long daysLate = ChronoUnit.DAYS.between(decision.effectiveDate(), recordedOn);
            if (daysLate <= properties.backdatingDays()) {
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", decision.effectiveDate().getYear());
            facts.put("eventType", decision.type());
            facts.put("effectiveDate", decision.effectiveDate());
            facts.put("recordedOn", recordedOn);
            facts.put("daysLate", daysLate);
            facts.put("toleranceDays", properties.backdatingDays());
            findings.add(new DetectedFinding(RuleCode.BACKDATED_DECISION, decision.eventId(), List.of(history.nip()),
                    history.unitOn(decision.effectiveDate()), decision.effectiveDate().getYear(),
                    List.of(decision.eventId()), facts));
        }
        return findings;
    }

    /**
     * For each unit and closed year with an organisation predicate, the annual predicates of the staff who were in
     * that unit at the end of their evaluation period, against the curve. A year still running is left alone: its
     * annual evaluations are not in. A unit none of whose staff were evaluated has no distribution to judge.
     */
    List<DetectedFinding> distributionCurve(Collection<OrganisationPredicateVersions> units,
                                            Collection<PersonHistory> people) {
        Map<String, List<PersonHistory.Evaluation>> staffByUnitAndYear = new HashMap<>();
        for (PersonHistory person : people) {
            person.annualEvaluations().forEach((year, evaluation) -> {
                String unit = UnitNames.normalise(person.unitOn(evaluation.current().periodEnd()));
                if (unit != null) {
                    staffByUnitAndYear.computeIfAbsent(unit + "/" + year, key -> new ArrayList<>()).add(evaluation);
                }
            });
        }
        List<DetectedFinding> findings = new ArrayList<>();
        for (OrganisationPredicateVersions unitYear : units) {
            List<PersonHistory.Evaluation> evaluated = staffByUnitAndYear.getOrDefault(
                    unitYear.unit() + "/" + unitYear.year(), List.of());
            if (unitYear.year() >= today.getYear() || evaluated.isEmpty()) {
                continue;
            }
            Map<Predicate, Integer> staff = new EnumMap<>(Predicate.class);
            List<String> eventIds = new ArrayList<>(List.of(unitYear.current().eventId()));
            for (PersonHistory.Evaluation evaluation : evaluated) {
                staff.merge(evaluation.predicate(), 1, Integer::sum);
                eventIds.add(evaluation.current().eventId());
            }
            OrganisationPredicate organisation = unitYear.current().predicate();
            List<String> breaches = curve.breaches(organisation, staff);
            if (breaches.isEmpty()) {
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", unitYear.year());
            facts.put("organisationPredicate", organisation.name());
            facts.put("evaluated", evaluated.size());
            Map<String, Integer> counts = new LinkedHashMap<>();
            staff.forEach((predicate, count) -> counts.put(predicate.name(), count));
            facts.put("predicateCounts", counts);
            facts.put("breaches", breaches);
            facts.put("policyVersion", curve.version());
            findings.add(new DetectedFinding(RuleCode.DISTRIBUTION_CURVE_BROKEN,
                    unitYear.unit() + "/" + unitYear.year(), List.of(), unitYear.unit(), unitYear.year(), eventIds,
                    facts));
        }
        return findings;
    }

    /**
     * A unit with staff needs an approved development plan for each year by the configured day of that year: PP
     * 11/2017 Pasal 203(5) has the PPK set a plan, and a plan approved after its first month leaves the first quarter
     * unplanned. A unit is judged for a year when someone was in service in it on that day (the units are those of
     * the people given); the years are those from the first year plans are required for up to the last whose day has
     * passed. An approval counts by the day it was recorded, as a coaching plan does: the date an approval states
     * could be written to be anything. Only {@code onlyYear} is judged when given.
     */
    List<DetectedFinding> plansNotApproved(Collection<PersonHistory> people, int firstYear, Integer onlyYear,
                                           Collection<DevelopmentFacts.Approval> approvals) {
        int lastYear = today.isAfter(properties.planDeadline(today.getYear())) ? today.getYear()
                : today.getYear() - 1;
        if (onlyYear != null) {
            lastYear = Math.min(lastYear, onlyYear);
        }
        Map<String, Instant> firstApproval = new HashMap<>();
        for (DevelopmentFacts.Approval approval : approvals) {
            firstApproval.merge(UnitNames.normalise(approval.unit()) + "/" + approval.year(), approval.recordedAt(),
                    (one, other) -> one.isBefore(other) ? one : other);
        }
        List<DetectedFinding> findings = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate deadline = properties.planDeadline(year);
            Map<String, Integer> staff = new TreeMap<>();
            for (PersonHistory person : people) {
                if (inServiceOn(person, deadline) && person.unitOn(deadline) != null) {
                    staff.merge(UnitNames.normalise(person.unitOn(deadline)), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> unit : staff.entrySet()) {
                Instant approved = firstApproval.get(unit.getKey() + "/" + year);
                if (approved != null && !date(approved).isAfter(deadline)) {
                    continue;
                }
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("year", year);
                facts.put("deadline", deadline);
                facts.put("staff", unit.getValue());
                facts.put("approvalRecordedOn", approved == null ? "-" : date(approved));
                findings.add(new DetectedFinding(RuleCode.DEVELOPMENT_PLAN_NOT_APPROVED, unit.getKey() + "/" + year,
                        List.of(), unit.getKey(), year, List.of(), facts));
            }
        }
        return findings;
    }

    /**
     * A need neither met by a development nor refused once the configured period since it was identified has
     * passed. A need proposed by the civil servant and never endorsed is as unanswered as an endorsed one.
     */
    List<DetectedFinding> needsUnanswered(Collection<DevelopmentFacts.OpenNeed> needs) {
        List<DetectedFinding> findings = new ArrayList<>();
        for (DevelopmentFacts.OpenNeed need : needs) {
            LocalDate deadline = need.identifiedOn().plus(properties.needAnsweredWithin());
            if (!today.isAfter(deadline)) {
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", need.identifiedOn().getYear());
            facts.put("needId", need.needId().toString());
            facts.put("source", need.source());
            facts.put("status", need.status());
            facts.put("identifiedOn", need.identifiedOn());
            facts.put("deadline", deadline);
            findings.add(new DetectedFinding(RuleCode.DEVELOPMENT_NEED_UNANSWERED, need.needId().toString(),
                    need.nips(), need.unit(), need.identifiedOn().getYear(), List.of(), facts));
        }
        return findings;
    }

    /**
     * The evaluations of people with an annual predicate below Baik whose days for a development action have run
     * out: those {@link #underPerformersWithoutDevelopment} must be given the people's actions for.
     */
    List<PersonHistory.Evaluation> underPerformancesToAnswer(PersonHistory history) {
        return history.evaluations().stream()
                .filter(evaluation -> evaluation.annual() && !evaluation.predicate().isAtLeastBaik())
                .filter(evaluation -> today.isAfter(developmentDeadline(evaluation)))
                .toList();
    }

    /**
     * An annual predicate below Baik needs a development action for the person — a need naming them, an approved
     * plan item naming them, a training or programme they completed — dated from the end of the period evaluated to
     * the configured days after the predicate was recorded (counted as for coaching, from the version that made it
     * below Baik). Nothing is found while the days run.
     */
    List<DetectedFinding> underPerformersWithoutDevelopment(PersonHistory history, List<LocalDate> actions) {
        List<DetectedFinding> findings = new ArrayList<>();
        for (PersonHistory.Evaluation evaluation : underPerformancesToAnswer(history)) {
            LocalDate from = evaluation.current().periodEnd();
            LocalDate deadline = developmentDeadline(evaluation);
            if (actions.stream().anyMatch(day -> !day.isBefore(from) && !day.isAfter(deadline))) {
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", evaluation.year());
            facts.put("evaluationId", evaluation.evaluationId().toString());
            facts.put("predicate", evaluation.predicate().name());
            facts.put("recordedOn", date(belowBaikSince(evaluation)));
            facts.put("withinDays", properties.developmentActionWithinDays());
            facts.put("from", from);
            facts.put("deadline", deadline);
            findings.add(new DetectedFinding(RuleCode.UNDER_PERFORMER_WITHOUT_DEVELOPMENT,
                    evaluation.versions().get(0).eventId(), List.of(history.nip()),
                    history.unitOn(evaluation.current().periodEnd()), evaluation.year(), evaluation.eventIds(),
                    facts));
        }
        return findings;
    }

    /**
     * An item of the plan in force when its year ended that was not realised for some of the people it names. The
     * items given are those of years before this one.
     */
    List<DetectedFinding> planItemsNotRealised(Collection<DevelopmentFacts.ItemOfPlanInForce> items) {
        List<DetectedFinding> findings = new ArrayList<>();
        for (DevelopmentFacts.ItemOfPlanInForce item : items) {
            if (item.year() >= today.getYear() || item.notRealisedFor().isEmpty()) {
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("year", item.year());
            facts.put("version", item.version());
            facts.put("itemId", item.itemId().toString());
            facts.put("title", item.title());
            facts.put("form", item.form());
            facts.put("quarter", item.quarter());
            facts.put("people", item.nips().size());
            facts.put("notRealised", item.notRealisedFor().size());
            findings.add(new DetectedFinding(RuleCode.PLAN_ITEM_NOT_REALISED,
                    item.unit() + "/" + item.year() + "/" + item.itemId(), item.notRealisedFor(), item.unit(),
                    item.year(), List.of(), facts));
        }
        return findings;
    }

    private LocalDate developmentDeadline(PersonHistory.Evaluation evaluation) {
        return date(belowBaikSince(evaluation)).plusDays(properties.developmentActionWithinDays());
    }

    private static boolean inServiceOn(PersonHistory history, LocalDate day) {
        PersonHistory.Person person = history.person();
        return person != null && person.inServiceFrom() != null && !person.inServiceFrom().isAfter(day)
                && (person.leftOn() == null || person.leftOn().isAfter(day));
    }

    /** When the evaluation last became below Baik: the first of the versions since the last one of Baik or better. */
    private static Instant belowBaikSince(PersonHistory.Evaluation evaluation) {
        Instant since = null;
        for (PersonHistory.EvaluationVersion version : evaluation.versions()) {
            if (version.predicate().isAtLeastBaik()) {
                since = null;
            } else if (since == null) {
                since = version.recordedAt();
            }
        }
        return since;
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
