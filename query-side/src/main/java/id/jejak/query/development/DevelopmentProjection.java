package id.jejak.query.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.DevelopmentNeedClosed;
import id.jejak.kernel.development.DevelopmentNeedEndorsed;
import id.jejak.kernel.development.DevelopmentNeedIdentified;
import id.jejak.kernel.development.DevelopmentNeedProposed;
import id.jejak.kernel.development.DevelopmentNeedRefused;
import id.jejak.kernel.development.DevelopmentPlanApproved;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.DevelopmentPlanProposed;
import id.jejak.kernel.development.DevelopmentPlanRejected;
import id.jejak.kernel.development.DevelopmentRoute;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.PlanItemRealised;
import id.jejak.kernel.programme.ProgrammeFollowUpDecided;
import id.jejak.query.projection.ProjectionTables;
import id.jejak.query.projection.StatementBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.projection.StatementBatch.parameters;

/**
 * Needs, every version of each unit's annual plan, and realisations, from the event stream alone. Each need and each
 * plan is one stream, so its events arrive in order; inserts skip rows that exist and updates skip rows a later
 * event wrote, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(DevelopmentProjection.NAME)
class DevelopmentProjection implements ProjectionTables {

    static final String NAME = "development";

    private static final List<String> TABLES = List.of("development_need", "development_plan_version",
            "development_plan_item", "development_realisation", "development_follow_up", "development_change");

    private final StatementBatch batch;
    private final JdbcClient jdbc;

    DevelopmentProjection(StatementBatch batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @EventHandler
    void on(DevelopmentNeedIdentified event, EventMessage<?> message, TrackingToken token) {
        insertNeed(row(message, token, "needId", event.needId(), "unit", event.unit().value(),
                "nips", nips(event.nips()), "source", event.source().name(), "sourceId", event.sourceId(),
                "period", event.period(), "category", event.category() == null ? null : event.category().name(),
                "competency", event.competency(), "description", event.description(),
                "identifiedOn", event.identifiedOn(), "status", "OPEN"));
    }

    @EventHandler
    void on(DevelopmentNeedProposed event, EventMessage<?> message, TrackingToken token) {
        insertNeed(row(message, token, "needId", event.needId(), "unit", event.unit().value(),
                "nips", nips(List.of(event.nip())), "source", "SELF_PROPOSAL", "sourceId", null, "period", null,
                "category", event.category().name(), "competency", event.competency(),
                "description", event.description(), "identifiedOn", event.proposedOn(), "status", "PROPOSED"));
    }

    @EventHandler
    void on(DevelopmentNeedEndorsed event, EventMessage<?> message, TrackingToken token) {
        updateNeed("status = 'OPEN'", row(message, token, "needId", event.needId()));
    }

    @EventHandler
    void on(DevelopmentNeedRefused event, EventMessage<?> message, TrackingToken token) {
        updateNeed("status = 'REFUSED'", row(message, token, "needId", event.needId()));
    }

    @EventHandler
    void on(DevelopmentNeedClosed event, EventMessage<?> message, TrackingToken token) {
        updateNeed("status = 'CLOSED', closed_by_nip = :nip, closed_by_kind = :kind, closed_by_id = :developmentId",
                row(message, token, "needId", event.needId(), "nip", event.nip().value(),
                        "kind", event.kind().name(), "developmentId", event.developmentId()));
    }

    @EventHandler
    void on(DevelopmentPlanProposed event, EventMessage<?> message, TrackingToken token) {
        Map<String, Object> version = plan(event.planId(), row(message, token, "version", event.version(),
                "amendsVersion", event.amendsVersion(), "reason", event.reason(), "proposedBy", event.proposedBy()));
        write(version, """
                insert into development_plan_version (unit, year, version, amends_version, reason, status,
                                                      proposed_by, last_global_index, last_recorded_at)
                values (:unit, :year, :version, :amendsVersion, :reason, 'PROPOSED', :proposedBy, :globalIndex,
                        :recordedAt)
                on conflict (unit, year, version) do nothing""");
        for (PlanItem item : event.items()) {
            Map<String, Object> row = plan(event.planId(), row(message, token, "version", event.version(),
                    "itemId", item.itemId(), "needIds", item.needIds().stream().map(UUID::toString)
                            .toArray(String[]::new), "nips", nips(item.nips()), "category", item.category().name(),
                    "form", item.form().name(), "route", DevelopmentRoute.of(item.form()).name(),
                    "title", item.title(), "plannedJp", item.plannedLessonHours().value(),
                    "partner", item.partnerInstitution(), "quarter", item.quarter(),
                    "estimatedCost", item.estimatedCost()));
            write(row, """
                    insert into development_plan_item (unit, year, version, item_id, need_ids, nips, category, form,
                                                       route, title, planned_jp, partner, quarter, estimated_cost)
                    values (:unit, :year, :version, :itemId, :needIds, :nips, :category, :form, :route, :title,
                            :plannedJp, :partner, :quarter, :estimatedCost)
                    on conflict (unit, year, version, item_id) do nothing""");
        }
    }

    @EventHandler
    void on(DevelopmentPlanApproved event, EventMessage<?> message, TrackingToken token) {
        decide(plan(event.planId(), row(message, token, "version", event.version(), "status", "APPROVED",
                "decidedBy", event.approvedBy(), "decidedOn", event.approvedOn())));
    }

    @EventHandler
    void on(DevelopmentPlanRejected event, EventMessage<?> message, TrackingToken token) {
        decide(plan(event.planId(), row(message, token, "version", event.version(), "status", "REJECTED",
                "decidedBy", event.rejectedBy(), "decidedOn", event.rejectedOn())));
    }

    @EventHandler
    void on(PlanItemRealised event, EventMessage<?> message, TrackingToken token) {
        write(plan(event.planId(), row(message, token, "itemId", event.itemId(), "nip", event.nip().value(),
                "kind", event.kind().name(), "developmentId", event.developmentId(), "cost", event.cost())), """
                insert into development_realisation (unit, year, item_id, nip, kind, development_id, cost,
                                                     last_global_index, last_recorded_at)
                values (:unit, :year, :itemId, :nip, :kind, :developmentId, :cost, :globalIndex, :recordedAt)
                on conflict (unit, year, item_id, nip) do nothing""");
    }

    /** The command side decides a programme's follow-up once, so the first row stands. */
    @EventHandler
    void on(ProgrammeFollowUpDecided event, EventMessage<?> message, TrackingToken token) {
        write(row(message, token, "programmeId", event.programmeId(), "decision", event.decision().name(),
                "curriculumChanges", event.curriculumChanges(), "decidedOn", event.decidedOn()), """
                insert into development_follow_up (programme_id, decision, curriculum_changes, decided_on,
                                                   last_global_index, last_recorded_at)
                values (:programmeId, :decision, :curriculumChanges, :decidedOn, :globalIndex, :recordedAt)
                on conflict (programme_id) do nothing""");
    }


    private void insertNeed(Map<String, Object> row) {
        write(row, """
                insert into development_need (need_id, unit, nips, source, source_id, period, category, competency,
                                              description, identified_on, status, last_global_index,
                                              last_recorded_at)
                values (:needId, :unit, :nips, :source, :sourceId, :period, :category, :competency, :description,
                        :identifiedOn, :status, :globalIndex, :recordedAt)
                on conflict (need_id) do nothing""");
    }

    private void updateNeed(String assignments, Map<String, Object> row) {
        write(row, "update development_need set " + assignments
                + ", last_global_index = :globalIndex, last_recorded_at = :recordedAt"
                + " where need_id = :needId and last_global_index < :globalIndex");
    }

    private void decide(Map<String, Object> row) {
        write(row, """
                update development_plan_version
                   set status = :status, decided_by = :decidedBy, decided_on = :decidedOn,
                       last_global_index = :globalIndex, last_recorded_at = :recordedAt
                 where unit = :unit and year = :year and version = :version and last_global_index < :globalIndex""");
    }

    private void write(Map<String, Object> row, String sql) {
        batch.add((String) row.get("stream"), sql, row);
        // the findings read needs, plans and realisations of any unit for a unit's year: a count of every write ends
        // the answers resting on them (development events are a few a unit and year), the same live as rebuilt
        batch.add("", """
                insert into development_change (id, changes) values (1, 1)
                on conflict (id) do update set changes = development_change.changes + 1""", Map.of());
    }

    private static Map<String, Object> plan(DevelopmentPlanId planId, Map<String, Object> row) {
        row.put("unit", planId.unit().value());
        row.put("year", planId.year());
        return row;
    }

    private static String[] nips(List<Nip> nips) {
        return nips.stream().map(Nip::value).toArray(String[]::new);
    }

    /** The event's place in the store and when it was recorded, and its stream, which orders its statements. */
    private static Map<String, Object> row(EventMessage<?> message, TrackingToken token, Object... namesAndValues) {
        Map<String, Object> row = parameters(namesAndValues);
        row.put("stream", message instanceof DomainEventMessage<?> domainEvent
                ? domainEvent.getAggregateIdentifier() : "");
        row.put("globalIndex", token.position().orElseThrow(
                () -> new IllegalStateException("an event stream without positions")));
        row.put("recordedAt", message.getTimestamp().atOffset(ZoneOffset.UTC));
        return row;
    }
}
