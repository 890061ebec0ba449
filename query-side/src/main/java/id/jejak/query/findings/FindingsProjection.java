package id.jejak.query.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.career.discipline.Sanction;
import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.query.projection.PersonOrder;
import id.jejak.query.projection.ProjectionTables;
import id.jejak.query.projection.StatementBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.jejak.query.projection.StatementBatch.parameters;

/**
 * The findings checker's projection. It keeps the few facts about each person and unit the rules need, and decides
 * at once the findings that depend on nothing but the history: a promotion's four rules and corrections of
 * corrections. Those are checked again for the whole person whenever one of their facts changes (a revocation, a
 * sanction recorded late, a corrected predicate), so a finding appears, changes or disappears with the history.
 * Rules that depend on today or on a tolerance are left to {@link FindingsChecker}, which reads the same facts.
 * Every write is keyed by an event id or by rule and subject, so a redelivered event changes nothing. The facts are
 * written in the processor's batch, ordered by person (or unit), and sent before anything is read back.
 */
@Component
@ProcessingGroup(FindingsProjection.NAME)
class FindingsProjection implements ProjectionTables {

    static final String NAME = "findings";

    private static final List<String> TABLES = List.of("finding", "findings_person", "findings_rank",
            "findings_placement", "findings_proposal", "findings_promotion", "findings_evaluation",
            "findings_coaching", "findings_sanction", "findings_lesson_hours", "findings_decision",
            "findings_revocation", "findings_organisation_predicate", "findings_lesson_hours_year",
            "findings_unit_stay");

    /** The people whose findings the unit of work decides again when it commits, each with their events in it. */
    private static final String RECHECKS = FindingsProjection.class.getName() + ".rechecks";

    /** The rules a person's stored findings are decided by again when their facts change. */
    private static final String[] RECHECKED_RULES = {RuleCode.PROMOTION_MIN_YEARS_IN_RANK.name(),
            RuleCode.PROMOTION_PREDICATES_BELOW_BAIK.name(), RuleCode.PROMOTION_SANCTION_IN_FORCE.name(),
            RuleCode.PROMOTION_APPROVED_BY_PROPOSER.name(), RuleCode.CORRECTION_OF_CORRECTION.name()};

    /** Whether an event's type is a decision taken by decree: the decisions whose TMT can be backdated. */
    private static final ClassValue<Boolean> DECIDED_BY_DECREE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && Arrays.stream(type.getRecordComponents())
                    .anyMatch(component -> component.getType() == Decree.class);
        }
    };

    private final StatementBatch batch;
    private final JdbcClient jdbc;
    private final FindingFacts facts;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    FindingsProjection(StatementBatch batch, JdbcClient jdbc, FindingFacts facts) {
        this.batch = batch;
        this.jdbc = jdbc;
        this.facts = facts;
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    /** The year's and the unit's, which the checker reads; the handlers read by NIP and by event. */
    @Override
    public Set<String> indexesForReadersOnly() {
        return Set.of("finding_by_unit_year", "findings_unit_stay_by_unit", "findings_evaluation_by_year",
                "findings_evaluation_by_unit_year",
                "findings_evaluation_by_nip_year", "findings_lesson_hours_by_nip_date", "findings_decision_by_nip_date",
                "findings_coaching_by_nip_evaluation", "findings_lesson_hours_year_by_year",
                "findings_organisation_predicate_by_unit");
    }

    /** Where and when an event was recorded, and by whom. */
    private record Recorded(String eventId, long globalIndex, Instant at, String actorId) {

        OffsetDateTime atUtc() {
            return at.atOffset(ZoneOffset.UTC);
        }

        /** The event's id, index and time as parameters of a statement, beside the given ones. */
        Map<String, Object> with(Object... namesAndValues) {
            Map<String, Object> parameters = parameters(namesAndValues);
            parameters.put("eventId", eventId);
            parameters.put("globalIndex", globalIndex);
            parameters.put("recordedAt", atUtc());
            return parameters;
        }
    }

    /** A decision whose facts no rule needs: only when it was taken and how far the person's record was read. */
    @EventHandler
    void on(CareerEvent event, DomainEventMessage<?> message, TrackingToken token) {
        keep(event, message, token, (nip, recorded) -> false);
    }

    @EventHandler
    void on(CivilServantRegistered registered, DomainEventMessage<?> message, TrackingToken token) {
        keep(registered, message, token, (nip, recorded) -> {
            batch.addRow(nip, """
                            insert into findings_person (nip, employment_type, in_service_from, global_index)
                            values (:nip, :employmentType, :inServiceFrom, :globalIndex)
                            on conflict (nip) do nothing""",
                    recorded.with("nip", nip, "employmentType", registered.employmentType().name(),
                            "inServiceFrom", registered.effectiveDate()));
            if (registered.rank() != null) {
                insertRank(nip, registered.rank().code(), registered.rankSince() == null
                        ? registered.effectiveDate() : registered.rankSince(), recorded);
            }
            insertPlacement(nip, registered.workUnit(), registered.effectiveDate(), recorded);
            return true;
        });
    }

    @EventHandler
    void on(PlacedInPosition placed, DomainEventMessage<?> message, TrackingToken token) {
        keep(placed, message, token, (nip, recorded) -> {
            insertPlacement(nip, placed.workUnit(), placed.effectiveDate(), recorded);
            return true;
        });
    }

    @EventHandler
    void on(Retired retired, DomainEventMessage<?> message, TrackingToken token) {
        keep(retired, message, token, (nip, recorded) -> leaveService(nip, retired));
    }

    @EventHandler
    void on(Dismissed dismissed, DomainEventMessage<?> message, TrackingToken token) {
        keep(dismissed, message, token, (nip, recorded) -> leaveService(nip, dismissed));
    }

    @EventHandler
    void on(PromotionProposed proposed, DomainEventMessage<?> message, TrackingToken token) {
        keep(proposed, message, token, (nip, recorded) -> {
            batch.addRow(nip, """
                            insert into findings_proposal (event_id, nip, proposal_id, proposed_by, global_index)
                            values (:eventId, :nip, :proposalId, :proposedBy, :globalIndex)
                            on conflict (event_id) do nothing""",
                    recorded.with("nip", nip, "proposalId", proposed.proposalId(),
                            "proposedBy", proposed.proposedBy()));
            return true;
        });
    }

    @EventHandler
    void on(PromotionGranted granted, DomainEventMessage<?> message, TrackingToken token) {
        keep(granted, message, token, (nip, recorded) -> {
            batch.addRow(nip, """
                            insert into findings_promotion (event_id, nip, proposal_id, from_rank, to_rank,
                                                            effective_date, proposed_by, approved_by, recorded_by,
                                                            recorded_at, global_index)
                            values (:eventId, :nip, :proposalId, :fromRank, :toRank, :effectiveDate, :proposedBy,
                                    :approvedBy, :recordedBy, :recordedAt, :globalIndex)
                            on conflict (event_id) do nothing""",
                    recorded.with("nip", nip, "proposalId", granted.proposalId(),
                            "fromRank", granted.fromRank() == null ? null : granted.fromRank().code(),
                            "toRank", granted.toRank() == null ? null : granted.toRank().code(),
                            "effectiveDate", granted.effectiveDate(), "proposedBy", granted.proposedBy(),
                            "approvedBy", granted.approvedBy(), "recordedBy", recorded.actorId()));
            if (granted.toRank() != null) {
                insertRank(nip, granted.toRank().code(), granted.effectiveDate(), recorded);
            }
            return true;
        });
    }

    @EventHandler
    void on(PerformanceEvaluated evaluated, DomainEventMessage<?> message, TrackingToken token) {
        keep(evaluated, message, token, (nip, recorded) -> {
            insertEvaluation(nip, evaluated.evaluationId(), evaluated.kind().name(),
                    evaluated.year(), evaluated.periodEnd(), evaluated.predicate().name(), null, recorded);
            return true;
        });
    }

    @EventHandler
    void on(PerformanceEvaluationCorrected corrected, DomainEventMessage<?> message, TrackingToken token) {
        keep(corrected, message, token, (nip, recorded) -> {
            insertEvaluation(nip, corrected.evaluationId(), corrected.kind().name(),
                    corrected.year(), corrected.periodEnd(), corrected.predicate().name(),
                    corrected.correctedEventId(), recorded);
            return true;
        });
    }

    @EventHandler
    void on(CoachingPlanned planned, DomainEventMessage<?> message, TrackingToken token) {
        keep(planned, message, token, (nip, recorded) -> {
            batch.addRow(nip, """
                            insert into findings_coaching (event_id, nip, coaching_id, evaluation_id, planned_on,
                                                           recorded_at, global_index)
                            values (:eventId, :nip, :coachingId, :evaluationId, :plannedOn, :recordedAt,
                                    :globalIndex)
                            on conflict (event_id) do nothing""",
                    recorded.with("nip", nip, "coachingId", planned.coachingId(),
                            "evaluationId", planned.evaluationId(), "plannedOn", planned.plannedOn()));
            return false;
        });
    }

    @EventHandler
    void on(SanctionImposed imposed, DomainEventMessage<?> message, TrackingToken token) {
        keep(imposed, message, token, (nip, recorded) -> {
            LocalDate endsOn = Sanction.imposed(imposed.sanctionId(), imposed.type(), imposed.effectiveDate(),
                    imposed.months(), imposed.endsOn()).endsOn();
            batch.addRow(nip, """
                            insert into findings_sanction (event_id, nip, sanction_id, type, effective_date, ends_on,
                                                           global_index)
                            values (:eventId, :nip, :sanctionId, :type, :effectiveDate, :endsOn, :globalIndex)
                            on conflict (event_id) do nothing""",
                    recorded.with("nip", nip, "sanctionId", imposed.sanctionId(),
                            "type", String.valueOf(imposed.type()), "effectiveDate", imposed.effectiveDate(),
                            "endsOn", endsOn));
            return true;
        });
    }

    @EventHandler
    void on(SanctionRevoked revoked, DomainEventMessage<?> message, TrackingToken token) {
        keep(revoked, message, token, (nip, recorded) -> {
            batch.add(nip, """
                            update findings_sanction set revoked_by = :eventId, global_index = :globalIndex
                            where nip = :nip and sanction_id = :sanctionId and revoked_by is null""",
                    recorded.with("nip", nip, "sanctionId", revoked.sanctionId()));
            return true;
        });
    }

    @EventHandler
    void on(DecisionRevoked revocation, DomainEventMessage<?> message, TrackingToken token) {
        keep(revocation, message, token, (nip, recorded) -> {
            batch.addRow(nip, """
                            insert into findings_revocation (revoked_event_id, event_id, nip, global_index)
                            values (:revokedEventId, :eventId, :nip, :globalIndex)
                            on conflict (revoked_event_id) do nothing""",
                    recorded.with("revokedEventId", revocation.revokedEventId(), "nip", nip));
            if (Set.of(Retired.class.getSimpleName(), Dismissed.class.getSimpleName())
                    .contains(revocation.revokedEventType())) {
                // the command side lets an end of service be revoked only while it is the person's standing, so
                // the person is in service again; a later end of service sets the date anew
                batch.add(nip, "update findings_person set left_on = null where nip = :nip", parameters("nip", nip));
            }
            // a completion or a placement may have been revoked
            keepLessonHoursYears(nip);
            keepUnitStays(nip);
            return true;
        });
    }

    @EventHandler
    void on(TrainingCompleted completed, DomainEventMessage<?> message, TrackingToken token) {
        keep(completed, message, token, (nip, recorded) -> {
            if (completed.earnedLessonHours() != null) {
                insertLessonHours(nip, completed.completedOn(), completed.earnedLessonHours().value(), recorded);
            }
            return false;
        });
    }

    @EventHandler
    void on(ProgrammeParticipationCompleted completed, DomainEventMessage<?> message, TrackingToken token) {
        keep(completed, message, token, (nip, recorded) -> {
            if (completed.attended() && completed.earnedLessonHours() != null) {
                insertLessonHours(nip, completed.completedOn(), completed.earnedLessonHours().value(), recorded);
            }
            return false;
        });
    }

    @EventHandler
    void on(OrganisationPerformanceRecorded event, EventMessage<?> message, TrackingToken token) {
        Recorded recorded = recorded(message, token);
        insertOrganisationPredicate(event.unit().value(), event.year(), event.predicate().name(), null, recorded);
    }

    @EventHandler
    void on(OrganisationPerformanceCorrected event, EventMessage<?> message, TrackingToken token) {
        Recorded recorded = recorded(message, token);
        String unit = event.unit().value();
        insertOrganisationPredicate(unit, event.year(), event.predicate().name(), event.correctedEventId(), recorded);
        // the corrected event came earlier in the unit's own stream, so its row is already here
        batch.flush();
        jdbc.sql("select corrected_event_id from findings_organisation_predicate where event_id = ?")
                .param(event.correctedEventId())
                .query(String.class).optional()
                .ifPresent(firstCorrected -> upsert(CorrectionRules.organisation(unit, event.year(),
                        recorded.eventId(), event.predicate().name(), event.correctedEventId(), firstCorrected),
                        recorded));
    }


    /** What a handler keeps of its event's facts. */
    @FunctionalInterface
    private interface EventFacts {

        /** Adds the facts to the batch; answers whether the person's stored findings may have changed. */
        boolean keep(String nip, Recorded recorded);
    }

    /**
     * What every career event goes through: a decision by decree is noted with its TMT (for backdating), then the
     * event's own facts are kept, the person's record is marked read up to it, and their findings decided again if
     * those facts may change them. Axon calls only the most specific handler of a class, so each calls this.
     */
    private void keep(CareerEvent event, DomainEventMessage<?> message, TrackingToken token, EventFacts eventFacts) {
        Recorded recorded = recorded(message, token);
        String nip = event.nip().value();
        // a decision imported from the records of before (a bulk import's migration marks) was recorded there in its
        // time: that it reaches Jejak years after its TMT is the migration, not a backdated decision
        if (DECIDED_BY_DECREE.get(event.getClass()) && event.effectiveDate() != null
                && !message.getMetaData().containsKey(EventMetadata.MIGRATION_ID)) {
            batch.addRow(nip, """
                            insert into findings_decision (event_id, nip, event_type, effective_date, recorded_at,
                                                           global_index)
                            values (:eventId, :nip, :eventType, :effectiveDate, :recordedAt, :globalIndex)
                            on conflict (event_id) do nothing""",
                    recorded.with("nip", nip, "eventType", event.getClass().getSimpleName(),
                            "effectiveDate", event.effectiveDate()));
        }
        boolean personFactsChanged = eventFacts.keep(nip, recorded);
        // how far the person's facts have been read: every event about them up to here is in (once a batch, with its
        // last event's index). A programme's completion too, which the processor hands to the person's segment in the
        // stream's order (PersonOrder): so the index only grows, and a unit's kept findings end when it does
        // (UnitYearAnswers)
        batch.addOncePerBatch(nip, """
                        update findings_person set global_index = greatest(global_index, :globalIndex)
                        where nip = :nip""", recorded.with("nip", nip));
        if (personFactsChanged) {
            recheck(nip, recorded);
        }
    }

    /** The earliest departure counts, whichever arrives first; the findings stay as they are. */
    private boolean leaveService(String nip, CareerEvent departure) {
        batch.add(nip, """
                        update findings_person set left_on = :leftOn
                        where nip = :nip and (left_on is null or left_on > :leftOn)""",
                parameters("leftOn", departure.effectiveDate(), "nip", nip));
        return false;
    }

    /**
     * Decides the person's stored findings again from their whole history once the batch's facts are written: at the
     * end of the processor's batch (or a rebuild's chunk), once for each person whose facts changed in it, all of
     * them together; at once outside a unit of work. The findings after the batch are those the last of its events
     * leaves, whichever order the checks ran in, since each check reads the whole history.
     */
    private void recheck(String nip, Recorded recorded) {
        if (!CurrentUnitOfWork.isStarted()) {
            recheck(Map.of(nip, List.of(recorded)));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.getOrComputeResource(RECHECKS, name -> {
            Map<String, List<Recorded>> people = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> recheck(people));
            return people;
        }).computeIfAbsent(nip, person -> new ArrayList<>()).add(recorded);
    }

    /**
     * Writes the findings that hold for each person and removes the ones that no longer do. Someone with neither a
     * promotion nor a corrected evaluation nor a finding can have none, so only the others' histories are read.
     */
    private void recheck(Map<String, List<Recorded>> people) {
        batch.flush();
        // three index reads; a correlated test of each person would be planned as a scan of each table
        List<String> candidates = jdbc.sql("""
                        select nip from findings_promotion where nip = any (cast(:people as char(18)[]))
                        union
                        select nip from findings_evaluation
                        where nip = any (cast(:people as char(18)[])) and corrected_event_id is not null
                        union
                        select named.nip from finding, unnest(finding.nips) as named(nip)
                        where finding.nips && cast(:people as text[]) and named.nip = any (cast(:people as text[]))""")
                .param("people", people.keySet().toArray(String[]::new)).query(String.class).list();
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, PersonHistory> histories = facts.people(candidates);
        for (String nip : candidates) {
            PersonHistory history = histories.getOrDefault(nip, FindingFacts.empty(nip));
            List<DetectedFinding> expected = new ArrayList<>(PromotionRules.check(history));
            expected.addAll(CorrectionRules.evaluations(history));
            batch.add(nip, """
                            delete from finding
                            where nips @> array[cast(:nip as text)] and rule_code = any (cast(:rules as text[]))
                              and not (rule_code || '/' || subject = any (cast(:expected as text[])))""",
                    parameters("nip", nip, "rules", RECHECKED_RULES, "expected", expected.stream()
                            .map(found -> found.ruleCode().name() + "/" + found.subject()).toArray(String[]::new)));
            expected.forEach(found -> upsert(found, completedBy(found, people.get(nip))));
        }
        batch.flush();
    }

    /**
     * The event that completed the finding, whose time is when it was detected: the last of the batch's events the
     * finding rests on, or the last of the person's batch that could change their findings.
     */
    private static Recorded completedBy(DetectedFinding finding, List<Recorded> batchOfPerson) {
        for (int i = batchOfPerson.size() - 1; i >= 0; i--) {
            if (finding.eventIds().contains(batchOfPerson.get(i).eventId())) {
                return batchOfPerson.get(i);
            }
        }
        return batchOfPerson.get(batchOfPerson.size() - 1);
    }

    /**
     * Writes a finding once per rule and subject. A row that already says the same is left as it is; one that says
     * something else now takes the new facts and the index of the event that changed them, but keeps the time it
     * was first detected.
     */
    private void upsert(DetectedFinding finding, Recorded recorded) {
        batch.add(finding.subject(), """
                        insert into finding (rule_code, subject, nips, unit, year, event_ids, facts, detected_at,
                                             global_index)
                        values (:ruleCode, :subject, cast(:nips as text[]), :unit, :year, cast(:eventIds as text[]),
                                cast(:facts as jsonb), :detectedAt, :globalIndex)
                        on conflict (rule_code, subject) do update
                           set nips = excluded.nips, unit = excluded.unit, year = excluded.year,
                               event_ids = excluded.event_ids, facts = excluded.facts,
                               global_index = excluded.global_index
                         where finding.nips is distinct from excluded.nips
                            or finding.unit is distinct from excluded.unit
                            or finding.year is distinct from excluded.year
                            or finding.event_ids is distinct from excluded.event_ids
                            or finding.facts is distinct from excluded.facts""",
                parameters("ruleCode", finding.ruleCode().name(), "subject", finding.subject(),
                        "nips", finding.nips().toArray(String[]::new), "unit", finding.unit(), "year", finding.year(),
                        "eventIds", finding.eventIds().toArray(String[]::new), "facts", toJson(finding),
                        "detectedAt", recorded.atUtc(), "globalIndex", recorded.globalIndex()));
    }

    private void insertRank(String nip, String rank, LocalDate since, Recorded recorded) {
        batch.addRow(nip, """
                        insert into findings_rank (event_id, nip, rank, since, global_index)
                        values (:eventId, :nip, :rank, :since, :globalIndex) on conflict (event_id) do nothing""",
                recorded.with("nip", nip, "rank", rank, "since", since));
    }

    private void insertPlacement(String nip, String workUnit, LocalDate since, Recorded recorded) {
        if (workUnit == null || since == null) {
            return;
        }
        batch.addRow(nip, """
                        insert into findings_placement (event_id, nip, work_unit, since, global_index)
                        values (:eventId, :nip, :workUnit, :since, :globalIndex) on conflict (event_id) do nothing""",
                recorded.with("nip", nip, "workUnit", workUnit, "since", since));
        keepUnitStays(nip);
    }

    /**
     * Writes the person's periods in units again ({@code findings_unit_stays}) from their placements that stand, and
     * the unit each of their evaluations' periods ended in from them.
     */
    private void keepUnitStays(String nip) {
        batch.addOncePerBatch(nip, "delete from findings_unit_stay where nip = :nip", parameters("nip", nip));
        batch.addOncePerBatch(nip, """
                        insert into findings_unit_stay (nip, unit, from_date, until_date)
                        select stays.* from findings_unit_stays(cast(:nip as char(18))) stays""",
                parameters("nip", nip));
        keepEvaluationUnits(nip);
    }

    /**
     * Writes the unit each of the person's evaluations' periods ended in ({@code findings_unit_on}), after their periods
     * in units; only the rows whose unit changes, since a row written again is written in every index of the table.
     */
    private void keepEvaluationUnits(String nip) {
        batch.addOncePerBatch(nip, """
                        update findings_evaluation evaluation set unit = ended_in.unit
                        from (select evaluation.event_id, findings_unit_on(evaluation.nip, evaluation.period_end) as unit
                              from findings_evaluation evaluation where evaluation.nip = :nip) ended_in
                        where evaluation.event_id = ended_in.event_id
                          and evaluation.unit is distinct from ended_in.unit""", parameters("nip", nip));
    }

    private void insertEvaluation(String nip, UUID evaluationId, String kind, int year, LocalDate periodEnd,
                                  String predicate, String correctedEventId, Recorded recorded) {
        batch.addRow(nip, """
                        insert into findings_evaluation (event_id, nip, evaluation_id, kind, year, period_end,
                                                         predicate, corrected_event_id, recorded_at, global_index,
                                                         unit)
                        values (:eventId, :nip, :evaluationId, :kind, :year, :periodEnd, :predicate,
                                :correctedEventId, :recordedAt, :globalIndex,
                                findings_unit_on(cast(:nip as char(18)), :periodEnd))
                        on conflict (event_id) do nothing""",
                recorded.with("nip", nip, "evaluationId", evaluationId, "kind", kind, "year", year,
                        "periodEnd", periodEnd, "predicate", predicate, "correctedEventId", correctedEventId));
        // the periods stand as the batches before this one left them; a placement of this batch rewrites the
        // person's evaluations' units, this one's with them, once the batch has written their periods
    }

    private void insertLessonHours(String nip, LocalDate completedOn, int lessonHours, Recorded recorded) {
        batch.addRow(nip, """
                        insert into findings_lesson_hours (event_id, nip, completed_on, lesson_hours, global_index)
                        values (:eventId, :nip, :completedOn, :lessonHours, :globalIndex)
                        on conflict (event_id) do nothing""",
                recorded.with("nip", nip, "completedOn", completedOn, "lessonHours", lessonHours));
        keepLessonHoursYears(nip);
    }

    /**
     * Writes the person's lesson hours per year again ({@code findings_lesson_hours_years}) from their completions
     * that stand. A programme's completion comes from the programme's stream; the processor hands it to the segment
     * of the person ({@link PersonOrder}), after the revocations recorded before it and before those after.
     */
    private void keepLessonHoursYears(String nip) {
        batch.addOncePerBatch(nip, "delete from findings_lesson_hours_year where nip = :nip", parameters("nip", nip));
        batch.addOncePerBatch(nip, """
                        insert into findings_lesson_hours_year (nip, year, earned_jp)
                        select years.* from findings_lesson_hours_years(cast(:nip as char(18))) years""",
                parameters("nip", nip));
    }

    private void insertOrganisationPredicate(String unit, int year, String predicate, String correctedEventId,
                                             Recorded recorded) {
        batch.addRow(unit, """
                        insert into findings_organisation_predicate (event_id, unit, year, predicate,
                                                                     corrected_event_id, recorded_at, global_index)
                        values (:eventId, :unit, :year, :predicate, :correctedEventId, :recordedAt, :globalIndex)
                        on conflict (event_id) do nothing""",
                recorded.with("unit", unit, "year", year, "predicate", predicate,
                        "correctedEventId", correctedEventId));
    }

    private String toJson(DetectedFinding finding) {
        try {
            return json.writeValueAsString(finding.facts());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Recorded recorded(EventMessage<?> message, TrackingToken token) {
        Object actor = message.getMetaData().get(EventMetadata.ACTOR_ID);
        long index = token.position()
                .orElseThrow(() -> new IllegalStateException("an event stream without positions"));
        return new Recorded(message.getIdentifier(), index, message.getTimestamp(),
                actor == null ? null : actor.toString());
    }
}
