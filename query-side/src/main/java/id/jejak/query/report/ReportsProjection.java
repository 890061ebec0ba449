package id.jejak.query.report;

import id.jejak.career.discipline.Sanction;
import id.jejak.career.workunit.UnitNames;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.programme.MentoringPairFormed;
import id.jejak.kernel.programme.MentoringSessionHeld;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.programme.StudyGroupMeetingHeld;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.workunit.CitizenSatisfactionRecorded;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.query.projection.PersonOrder;
import id.jejak.query.projection.ProjectionTables;
import id.jejak.query.projection.StatementBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.jejak.query.projection.StatementBatch.parameters;

/**
 * The facts HR's reports need — who is in service where, with which rank and education; lesson hours earned; annual
 * predicates; sanctions; programmes and their participants; each unit's predicates and survey results — from the
 * event stream alone. The processor takes a person's events in the order they were recorded, whichever stream each
 * came from ({@link PersonOrder}), and the statements an event causes are ordered by that person: so the rows that
 * follow from several of a person's events — their periods in units, their lesson hours per year and unit — are
 * written again from the facts whenever one of those events arrives. Whatever depends on other people's or units'
 * events is joined when a report is read. Inserts skip rows that exist and updates skip rows already written by a
 * later event, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ReportsProjection.NAME)
class ReportsProjection implements ProjectionTables {

    static final String NAME = "reports";

    static final List<String> TABLES = List.of("report_person", "report_rank", "report_placement",
            "report_revocation", "report_lesson_hours", "report_evaluation", "report_sanction", "report_programme",
            "report_participant", "report_programme_meeting", "report_organisation_performance",
            "report_citizen_satisfaction", "report_unit_stay", "report_lesson_hours_year");

    /** The rank a person holds: the latest one granted and not revoked. */
    private static final String CURRENT_RANK = """
            (select held.%s from report_rank held
              where held.nip = :nip
                and not exists (select 1 from report_revocation revocation
                                where revocation.revoked_event_id = held.event_id)
              order by held.last_global_index desc limit 1)""";

    /** Not a column: the parameter naming, for {@link StatementBatch}, the sequence the event is processed in. */
    private static final String SEQUENCE = "sequence";

    private final StatementBatch batch;
    private final JdbcClient jdbc;

    ReportsProjection(StatementBatch batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    /** The unit's, the year's and the programme's, which the reports read; the handlers read by NIP and by event. */
    @Override
    public Set<String> indexesForReadersOnly() {
        return Set.of("report_lesson_hours_by_date", "report_evaluation_by_year", "report_unit_stay_by_unit",
                "report_lesson_hours_year_by_unit", "report_placement_by_unit", "report_lesson_hours_by_source");
    }

    @EventHandler
    void on(CivilServantRegistered event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> row = row(message, token, "nip", event.nip().value());
        // as the command side registers: without a date of its own, the rank is held from the registration
        row.putAll(parameters("fullName", event.fullName(), "employmentType", event.employmentType().name(),
                "inServiceSince", event.effectiveDate(), "rank", event.rank() == null ? null : event.rank().code(),
                "rankSince", event.rank() == null ? null
                        : event.rankSince() == null ? event.effectiveDate() : event.rankSince(),
                "education", event.education() == null ? null : event.education().name(),
                "unit", UnitNames.normalise(event.workUnit()), "effectiveDate", event.effectiveDate()));
        writeRow("""
                insert into report_person (nip, full_name, employment_type, status, in_service_since, rank,
                                           rank_since, education, last_global_index, last_recorded_at)
                values (:nip, :fullName, :employmentType, 'ACTIVE', :inServiceSince, :rank, :rankSince, :education,
                        :globalIndex, :recordedAt)
                on conflict (nip) do nothing""", row);
        if (event.rank() != null) {
            writeRow("""
                    insert into report_rank (event_id, nip, rank, since, last_global_index, last_recorded_at)
                    values (:eventId, :nip, :rank, :rankSince, :globalIndex, :recordedAt)
                    on conflict (event_id) do nothing""", row);
        }
        insertPlacement(row);
    }

    @EventHandler
    void on(PlacedInPosition event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> row = row(message, token, "nip", event.nip().value());
        row.putAll(parameters("unit", UnitNames.normalise(event.workUnit()), "effectiveDate", event.effectiveDate()));
        insertPlacement(row);
    }

    @EventHandler
    void on(ConfirmedAsPns event, EventMessage<?> message, TrackingToken token) {
        updatePerson("employment_type = 'PNS'", row(message, token, "nip", event.nip().value()));
    }

    @EventHandler
    void on(IdentityCorrected event, EventMessage<?> message, TrackingToken token) {
        updatePerson("full_name = :fullName", row(message, token, "nip", event.nip().value(),
                "fullName", event.fullName()));
    }

    @EventHandler
    void on(EducationRecorded event, EventMessage<?> message, TrackingToken token) {
        updatePerson("education = :education", row(message, token, "nip", event.nip().value(),
                "education", event.education().name()));
    }

    @EventHandler
    void on(Retired event, EventMessage<?> message, TrackingToken token) {
        updatePerson("status = 'RETIRED', status_since = :since", row(message, token, "nip", event.nip().value(),
                "since", event.effectiveDate()));
    }

    @EventHandler
    void on(Dismissed event, EventMessage<?> message, TrackingToken token) {
        updatePerson("status = 'DISMISSED', status_since = :since", row(message, token, "nip", event.nip().value(),
                "since", event.effectiveDate()));
    }

    @EventHandler
    void on(PromotionGranted event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> row = row(message, token, "nip", event.nip().value(), "rank", event.toRank().code(),
                "rankSince", event.effectiveDate());
        writeRow("""
                insert into report_rank (event_id, nip, rank, since, last_global_index, last_recorded_at)
                values (:eventId, :nip, :rank, :rankSince, :globalIndex, :recordedAt)
                on conflict (event_id) do nothing""", row);
        updatePerson("rank = " + CURRENT_RANK.formatted("rank") + ", rank_since = "
                + CURRENT_RANK.formatted("since"), row);
    }

    @EventHandler
    void on(TrainingCompleted event, EventMessage<?> message, TrackingToken token) {
        insertLessonHours(row(message, token, "nip", event.nip().value(), "source", "TRAINING",
                "sourceId", event.trainingId(), "earned", event.earnedLessonHours().value(),
                "completedOn", event.completedOn()));
    }

    @EventHandler
    void on(ProgrammeCreated event, EventMessage<?> message, TrackingToken token) {
        write("""
                insert into report_programme (programme_id, title, kind, start_date, end_date, lesson_hours,
                                              last_global_index, last_recorded_at)
                values (:programmeId, :title, :kind, :startDate, :endDate, :lessonHours, :globalIndex, :recordedAt)
                on conflict (programme_id) do nothing""",
                row(message, token, "programmeId", event.programmeId(), "title", event.title(),
                        "kind", event.kind().name(), "startDate", event.startDate(), "endDate", event.endDate(),
                        "lessonHours", event.lessonHours().value()));
    }

    @EventHandler
    void on(ParticipantEnrolled event, EventMessage<?> message, TrackingToken token) {
        write("""
                insert into report_participant (programme_id, nip, enrolled_on, last_global_index, last_recorded_at)
                values (:programmeId, :nip, :enrolledOn, :globalIndex, :recordedAt)
                on conflict (programme_id, nip) do nothing""",
                row(message, token, "programmeId", event.programmeId(), "nip", event.nip().value(),
                        "enrolledOn", event.enrolledOn()));
    }

    @EventHandler
    void on(ProgrammeParticipationCompleted event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> row = row(message, token, "programmeId", event.programmeId(),
                "nip", event.nip().value(), "attended", event.attended(), "completedOn", event.completedOn());
        write("""
                insert into report_participant (programme_id, nip, attended, completed_on, completion_event_id,
                                                last_global_index, last_recorded_at)
                values (:programmeId, :nip, :attended, :completedOn, :eventId, :globalIndex, :recordedAt)
                on conflict (programme_id, nip) do update
                    set attended = excluded.attended, completed_on = excluded.completed_on,
                        completion_event_id = excluded.completion_event_id,
                        last_global_index = excluded.last_global_index, last_recorded_at = excluded.last_recorded_at
                    where report_participant.last_global_index < excluded.last_global_index""", row);
        if (event.attended() && event.earnedLessonHours() != null) {
            // a new map: the statement above keeps its parameters until the batch is sent
            Map<String, Object> hours = new HashMap<>(row);
            hours.putAll(parameters("source", "PROGRAMME", "sourceId", event.programmeId(),
                    "earned", event.earnedLessonHours().value()));
            insertLessonHours(hours);
        }
    }

    @EventHandler
    void on(MentoringPairFormed event, EventMessage<?> message, TrackingToken token) {
        insertMeeting(row(message, token, "programmeId", event.programmeId(), "kind", "PAIR",
                "heldOn", event.formedOn(), "lessonHours", null));
    }

    @EventHandler
    void on(MentoringSessionHeld event, EventMessage<?> message, TrackingToken token) {
        insertMeeting(row(message, token, "programmeId", event.programmeId(), "kind", "SESSION",
                "heldOn", event.heldOn(), "lessonHours", event.lessonHours().value()));
    }

    @EventHandler
    void on(StudyGroupMeetingHeld event, EventMessage<?> message, TrackingToken token) {
        insertMeeting(row(message, token, "programmeId", event.programmeId(), "kind", "MEETING",
                "heldOn", event.heldOn(), "lessonHours", event.lessonHours().value()));
    }

    private void insertMeeting(Map<String, Object> row) {
        writeRow("""
                insert into report_programme_meeting (event_id, programme_id, kind, held_on, lesson_hours,
                                                      last_global_index, last_recorded_at)
                values (:eventId, :programmeId, :kind, :heldOn, :lessonHours, :globalIndex, :recordedAt)
                on conflict (event_id) do nothing""", row);
    }

    /** Only annual evaluations make a year's predicate; periodic ones are not kept here. */
    @EventHandler
    void on(PerformanceEvaluated event, EventMessage<?> message, TrackingToken token) {
        if (event.kind() != EvaluationKind.ANNUAL) {
            return;
        }
        write("""
                insert into report_evaluation (evaluation_id, nip, year, period_end, predicate, event_id,
                                               last_global_index, last_recorded_at)
                values (:evaluationId, :nip, :year, :periodEnd, :predicate, :eventId, :globalIndex, :recordedAt)
                on conflict (evaluation_id) do nothing""",
                row(message, token, "evaluationId", event.evaluationId(), "nip", event.nip().value(),
                        "year", event.year(), "periodEnd", event.periodEnd(),
                        "predicate", event.predicate().name()));
    }

    /** The latest correction wins; a revocation then names this correction's event. */
    @EventHandler
    void on(PerformanceEvaluationCorrected event, EventMessage<?> message, TrackingToken token) {
        write("""
                update report_evaluation
                   set predicate = :predicate, event_id = :eventId,
                       last_global_index = :globalIndex, last_recorded_at = :recordedAt
                 where evaluation_id = :evaluationId and last_global_index < :globalIndex""",
                row(message, token, "evaluationId", event.evaluationId(), "predicate", event.predicate().name()));
    }

    @EventHandler
    void on(SanctionImposed event, EventMessage<?> message, TrackingToken token) {
        write("""
                insert into report_sanction (sanction_id, nip, type, level, effective_date, ends_on, event_id,
                                             last_global_index, last_recorded_at)
                values (:sanctionId, :nip, :type, :level, :effectiveDate, :endsOn, :eventId, :globalIndex,
                        :recordedAt)
                on conflict (sanction_id) do nothing""",
                row(message, token, "sanctionId", event.sanctionId(), "nip", event.nip().value(),
                        "type", event.type().name(), "level", event.level().name(),
                        "effectiveDate", event.effectiveDate(), "endsOn", Sanction.imposed(event.sanctionId(),
                                event.type(), event.effectiveDate(), event.months(), event.endsOn()).endsOn()));
    }

    /** A sanction revoked on appeal counts as never imposed; a dismissal annulled so reinstates the person. */
    @EventHandler
    void on(SanctionRevoked event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> row = row(message, token, "sanctionId", event.sanctionId(), "nip", event.nip().value());
        write("""
                update report_sanction
                   set revoked_on_appeal = true, last_global_index = :globalIndex, last_recorded_at = :recordedAt
                 where sanction_id = :sanctionId and last_global_index < :globalIndex""", row);
        updatePerson("status = 'ACTIVE', status_since = null", row, """
                exists (select 1 from report_sanction dismissal
                        where dismissal.sanction_id = :sanctionId and dismissal.type = 'DISMISSAL')""");
    }

    /**
     * The revoked decision stops counting wherever the reports meet its event. The person's standing changes when it
     * rested on it: a revoked promotion gives back the rank before, a revoked dismissal sanction, retirement or
     * dismissal reinstates, a revoked confirmation makes a CPNS again.
     */
    @EventHandler
    void on(DecisionRevoked event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> row = row(message, token, "nip", event.nip().value(),
                "revokedEventId", event.revokedEventId(), "revokedEventType", event.revokedEventType(),
                "effectiveDate", event.effectiveDate());
        String type = event.revokedEventType();
        boolean confirmation = ConfirmedAsPns.class.getSimpleName().equals(type);
        writeRow("""
                insert into report_revocation (revoked_event_id, nip, revoked_event_type, effective_date,
                                               last_global_index, last_recorded_at)
                values (:revokedEventId, :nip, :revokedEventType, :effectiveDate, :globalIndex, :recordedAt)
                on conflict (revoked_event_id) do nothing""", row);
        // whatever was revoked, the person's periods in units and lesson hours are written again: a placement or a
        // completion may have been
        placeInUnits(row);
        String reinstated = Retired.class.getSimpleName().equals(type) || Dismissed.class.getSimpleName().equals(type)
                ? "true" : """
                exists (select 1 from report_sanction dismissal
                        where dismissal.event_id = :revokedEventId and dismissal.type = 'DISMISSAL')""";
        updatePerson("rank = coalesce(" + CURRENT_RANK.formatted("rank") + ", rank), rank_since = coalesce("
                        + CURRENT_RANK.formatted("since") + ", rank_since), status = case when " + reinstated
                        + " then 'ACTIVE' else status end, status_since = case when " + reinstated
                        + " then null else status_since end"
                        + (confirmation ? ", employment_type = 'CPNS'" : ""), row,
                "(exists (select 1 from report_rank revoked where revoked.event_id = :revokedEventId) or "
                        + reinstated + " or " + confirmation + ")");
    }

    @EventHandler
    void on(OrganisationPerformanceRecorded event, EventMessage<?> message, TrackingToken token) {
        upsertOrganisationPerformance(row(message, token, "unit", event.unit().value(), "year", event.year(),
                "predicate", event.predicate().name()));
    }

    @EventHandler
    void on(OrganisationPerformanceCorrected event, EventMessage<?> message, TrackingToken token) {
        upsertOrganisationPerformance(row(message, token, "unit", event.unit().value(), "year", event.year(),
                "predicate", event.predicate().name()));
    }

    @EventHandler
    void on(CitizenSatisfactionRecorded event, EventMessage<?> message, TrackingToken token) {
        writeRow("""
                insert into report_citizen_satisfaction (unit, period, year, satisfaction_index, grade, respondents,
                                                         grade_policy, last_global_index, last_recorded_at)
                values (:unit, :period, :year, :index, :grade, :respondents, :gradePolicy, :globalIndex, :recordedAt)
                on conflict (unit, period) do nothing""",
                row(message, token, "unit", event.unit().value(), "period", event.period(), "year", event.year(),
                        "index", event.index().value(), "grade", event.grade().name(),
                        "respondents", event.respondents(), "gradePolicy", event.gradePolicy()));
    }


    /** A placement without a unit (the command side refuses one) places nobody anywhere. */
    private void insertPlacement(Map<String, Object> row) {
        if (row.get("unit") == null || row.get("unit").toString().isEmpty()) {
            return;
        }
        writeRow("""
                insert into report_placement (event_id, nip, unit, effective_date, last_global_index,
                                              last_recorded_at)
                values (:eventId, :nip, :unit, :effectiveDate, :globalIndex, :recordedAt)
                on conflict (event_id) do nothing""", row);
        placeInUnits(row);
    }

    /**
     * Writes the person's periods in units again from their placements that stand ({@code report_unit_stays}), so
     * that {@code report_unit_on} reads one row. A placement and its revocation are both of the person's stream, so
     * the rows this reads were written before it, once at the end of the batch.
     */
    private void placeInUnits(Map<String, Object> row) {
        writeOncePerBatch("delete from report_unit_stay where nip = :nip", row);
        writeOncePerBatch("""
                insert into report_unit_stay (nip, unit, from_date, until_date)
                select stays.* from report_unit_stays(cast(:nip as char(18))) stays""", row);
        keepLessonHoursYears(row);
    }

    /**
     * Writes the person's lesson hours per year and unit again ({@code report_lesson_hours_years}) from their
     * completions that stand and their periods in units, which the statements before it in the person's order wrote
     * (once at the end of the batch, after the periods).
     */
    private void keepLessonHoursYears(Map<String, Object> row) {
        writeOncePerBatch("delete from report_lesson_hours_year where nip = :nip", row);
        writeOncePerBatch("""
                insert into report_lesson_hours_year (nip, year, unit, earned_jp)
                select years.* from report_lesson_hours_years(cast(:nip as char(18))) years""", row);
    }

    private void insertLessonHours(Map<String, Object> row) {
        writeRow("""
                insert into report_lesson_hours (event_id, nip, source, source_id, earned_jp, completed_on,
                                                 last_global_index, last_recorded_at)
                values (:eventId, :nip, :source, :sourceId, :earned, :completedOn, :globalIndex, :recordedAt)
                on conflict (event_id) do nothing""", row);
        keepLessonHoursYears(row);
    }

    private void upsertOrganisationPerformance(Map<String, Object> row) {
        write("""
                insert into report_organisation_performance (unit, year, predicate, event_id, last_global_index,
                                                             last_recorded_at)
                values (:unit, :year, :predicate, :eventId, :globalIndex, :recordedAt)
                on conflict (unit, year) do update
                    set predicate = excluded.predicate, event_id = excluded.event_id,
                        last_global_index = excluded.last_global_index, last_recorded_at = excluded.last_recorded_at
                    where report_organisation_performance.last_global_index < excluded.last_global_index""", row);
    }

    private void updatePerson(String assignments, Map<String, Object> row) {
        updatePerson(assignments, row, "true");
    }

    private void updatePerson(String assignments, Map<String, Object> row, String condition) {
        write("update report_person set " + assignments
                + ", last_global_index = :globalIndex, last_recorded_at = :recordedAt"
                + " where nip = :nip and last_global_index < :globalIndex and " + condition, row);
    }

    private void write(String sql, Map<String, Object> row) {
        batch.add((String) row.get(SEQUENCE), sql, row);
        keepFactsIndex(row);
    }

    /** An event's own row, which reads nothing: see {@link StatementBatch#addRow}. */
    private void writeRow(String sql, Map<String, Object> row) {
        batch.addRow((String) row.get(SEQUENCE), sql, row);
        keepFactsIndex(row);
    }

    private void keepFactsIndex(Map<String, Object> row) {
        if (row.containsKey("nip")) {
            // how far the person's facts have been read: every event about them up to here is in (once a batch, with
            // its last event's index), so a unit's kept 20-JP reports end when it moves (LessonHoursAnswers)
            writeOncePerBatch("""
                    update report_person set facts_index = greatest(facts_index, :globalIndex)
                    where nip = :nip""", row);
        }
    }

    /** Rows written again from all the person's rows: once in a batch, after the batch's other statements. */
    private void writeOncePerBatch(String sql, Map<String, Object> row) {
        batch.addOncePerBatch((String) row.get(SEQUENCE), sql, row);
    }

    /**
     * The event's id, its place in the store and when it was recorded, beside the given parameters; and the sequence
     * the processor takes it in (its person, or else its stream), which orders the statements it causes.
     */
    private static Map<String, Object> row(EventMessage<?> message, TrackingToken token, Object... namesAndValues) {
        Map<String, Object> row = parameters(namesAndValues);
        Object sequence = PersonOrder.INSTANCE.getSequenceIdentifierFor(message);
        row.put(SEQUENCE, sequence == null ? "" : sequence.toString());
        row.put("eventId", message.getIdentifier());
        row.put("globalIndex", token.position().orElseThrow(
                () -> new IllegalStateException("an event stream without positions")));
        row.put("recordedAt", message.getTimestamp().atOffset(ZoneOffset.UTC));
        return row;
    }
}
