package id.jejak.command.workunit;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.workunit.CitizenSatisfactionRecorded;
import id.jejak.kernel.workunit.CorrectOrganisationPerformance;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceRecorded;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.RecordCitizenSatisfaction;
import id.jejak.kernel.workunit.RecordOrganisationPerformance;
import id.jejak.kernel.workunit.SatisfactionGrade;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One work unit's record: its citizen satisfaction results and its organisation performance predicates. A unit is
 * not registered first; the first fact recorded about it starts its record. An HR officer records facts only about
 * the units they act for, as they decide only about those units' people.
 */
@Aggregate
class WorkUnit {

    @AggregateIdentifier
    private UnitCode unit;
    private final Map<String, SatisfactionIndex> satisfactionIndices = new HashMap<>();
    private final Map<Integer, Performance> performances = new HashMap<>();

    /**
     * A year's predicate as last decided, the event that decided it — the one a correction must name — and the
     * events that decided it before.
     */
    private record Performance(OrganisationPredicate predicate, String eventId, Set<String> supersededEventIds) {

        Performance correctedBy(OrganisationPredicate corrected, String correctingEventId) {
            Set<String> superseded = new HashSet<>(supersededEventIds);
            superseded.add(eventId);
            return new Performance(corrected, correctingEventId, Set.copyOf(superseded));
        }
    }

    /** Axon rebuilds the record from its events, or starts an empty one, through this constructor. */
    WorkUnit() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCitizenSatisfaction command, CommandMessage<?> message, SatisfactionGradePolicy policy) {
        ActorScope.of(message.getMetaData()).requireCovers(command.unit());
        if (satisfactionIndices.containsKey(command.period())) {
            throw new RuleViolation(Refusal.CONFLICT, "SATISFACTION_ALREADY_RECORDED",
                    "a satisfaction result for this unit and period is already recorded",
                    Map.of("unit", command.unit(), "period", command.period()));
        }
        SatisfactionGrade expected = policy.gradeOf(command.index()).orElseThrow(() -> new RuleViolation(
                Refusal.REFUSED, "SATISFACTION_INDEX_BELOW_SCALE",
                "a satisfaction index below the lowest grade's interval has no grade",
                Map.of("index", command.index(), "lowestIndex", policy.lowestIndex().get(SatisfactionGrade.D),
                        "gradePolicy", policy.version())));
        if (command.grade() != expected) {
            throw new RuleViolation(Refusal.REFUSED, "SATISFACTION_GRADE_MISMATCH",
                    "the grade does not match the satisfaction index",
                    Map.of("index", command.index(), "grade", command.grade(), "expectedGrade", expected,
                            "gradePolicy", policy.version()));
        }
        apply(new CitizenSatisfactionRecorded(command.unit(), command.year(), command.period(), command.index(),
                command.grade(), command.respondents(), policy.version()));
    }

    /** Answers the recorded event's id, which a correction of this year names. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordOrganisationPerformance command, CommandMessage<?> message) {
        ActorScope.of(message.getMetaData()).requireCovers(command.unit());
        Performance recorded = performances.get(command.year());
        if (recorded != null) {
            throw new RuleViolation(Refusal.CONFLICT, "ORGANISATION_PERFORMANCE_ALREADY_RECORDED",
                    "the organisation performance of this unit for this year is already recorded; correct it instead",
                    Map.of("unit", command.unit(), "year", command.year(), "predicate", recorded.predicate(),
                            "eventId", recorded.eventId()));
        }
        apply(new OrganisationPerformanceRecorded(command.unit(), command.year(), command.predicate(),
                command.decreeNumber(), command.decreeDate()));
        // apply has run the event sourcing handler, which took the new event's id
        return performances.get(command.year()).eventId();
    }

    /** Answers the correcting event's id, which a further correction of this year names. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(CorrectOrganisationPerformance command, CommandMessage<?> message) {
        ActorScope.of(message.getMetaData()).requireCovers(command.unit());
        Performance current = performances.get(command.year());
        if (current == null || !current.eventId().equals(command.correctedEventId())
                && !current.supersededEventIds().contains(command.correctedEventId())) {
            throw new RuleViolation(Refusal.NOT_FOUND, "CORRECTION_TARGET_UNKNOWN",
                    "no organisation performance event with this id was recorded for this unit and year",
                    Map.of("unit", command.unit(), "year", command.year(),
                            "correctedEventId", command.correctedEventId()));
        }
        if (!current.eventId().equals(command.correctedEventId())) {
            throw new RuleViolation(Refusal.CONFLICT, "CORRECTION_TARGET_SUPERSEDED",
                    "this event was already corrected; a correction names the latest event for the year",
                    Map.of("correctedEventId", command.correctedEventId(), "latestEventId", current.eventId()));
        }
        if (current.predicate() == command.predicate()) {
            throw new RuleViolation(Refusal.REFUSED, "CORRECTION_CHANGES_NOTHING",
                    "the correction gives the predicate already recorded",
                    Map.of("year", command.year(), "predicate", command.predicate()));
        }
        apply(new OrganisationPerformanceCorrected(command.unit(), command.year(), current.predicate(),
                command.predicate(), command.correctedEventId(), command.reason(), command.authority()));
        return performances.get(command.year()).eventId();
    }

    /** The index of a period's survey, which a development need from citizen satisfaction rests on. */
    Optional<SatisfactionIndex> satisfactionIndex(String period) {
        return Optional.ofNullable(satisfactionIndices.get(period));
    }

    @EventSourcingHandler
    void on(CitizenSatisfactionRecorded event) {
        unit = event.unit();
        satisfactionIndices.put(event.period(), event.index());
    }

    @EventSourcingHandler
    void on(OrganisationPerformanceRecorded event, EventMessage<?> message) {
        unit = event.unit();
        performances.put(event.year(), new Performance(event.predicate(), message.getIdentifier(), Set.of()));
    }

    @EventSourcingHandler
    void on(OrganisationPerformanceCorrected event, EventMessage<?> message) {
        performances.computeIfPresent(event.year(),
                (year, performance) -> performance.correctedBy(event.predicate(), message.getIdentifier()));
    }
}
