package id.jejak.query.report;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.Decree;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.PositionKind;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.performance.Rating;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to the streams the command side would write them to — a person's, a programme's, a work unit's —
 * straight to the event store, and makes the events the report tests need most.
 */
class ReportEvents {

    static final Nip EVALUATOR = Nip.of("196001011985031009");

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    ReportEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    DomainEventMessage<?> person(CareerEvent event) {
        return append("CivilServant", event.nip().value(), event);
    }

    DomainEventMessage<?> programme(UUID programmeId, Object event) {
        return append("Programme", programmeId.toString(), event);
    }

    DomainEventMessage<?> unit(String unit, Object event) {
        return append("WorkUnit", unit, event);
    }

    /** Revokes the decision the message recorded, in the person's stream. */
    DomainEventMessage<?> revoke(Nip nip, DomainEventMessage<?> decision) {
        return person(new DecisionRevoked(nip, decision.getIdentifier(),
                decision.getPayloadType().getSimpleName(), LocalDate.of(2025, 12, 1), "PPK",
                new Decree("800/REV/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 12, 1))));
    }

    private DomainEventMessage<?> append(String type, String id, Object event) {
        long sequence = nextSequence.merge(id, 0L, (last, ignored) -> last + 1);
        var message = new GenericDomainEventMessage<>(type, id, sequence, event,
                MetaData.with(EventMetadata.ACTOR_ID, "hr.test")
                        .and(EventMetadata.CORRELATION_ID, UUID.randomUUID().toString()));
        eventStore.publish(message);
        return message;
    }

    static CivilServantRegistered pns(Nip nip, String name, String unit, Rank rank, LocalDate rankSince,
                                      Education education) {
        return new CivilServantRegistered(nip, name, EmploymentType.PNS, rank, rankSince, education, unit,
                "Analis", LocalDate.of(2015, 1, 2));
    }

    static PlacedInPosition placed(Nip nip, String unit, LocalDate from) {
        return new PlacedInPosition(nip, PositionKind.STAFF, "Pengelola", unit, from,
                new Decree("821/PIP/" + nip.value().substring(15), from), null, null);
    }

    static TrainingCompleted trained(Nip nip, int lessonHours, LocalDate on) {
        return new TrainingCompleted(nip, UUID.randomUUID(), LessonHours.of(lessonHours), on, "C-" + on);
    }

    static PerformanceEvaluated annual(Nip nip, int year, Predicate predicate) {
        return evaluated(nip, EvaluationKind.ANNUAL, year, predicate);
    }

    static PerformanceEvaluated evaluated(Nip nip, EvaluationKind kind, int year, Predicate predicate) {
        // the ratings do not matter to the reports, which take the predicate as the event states it
        return new PerformanceEvaluated(nip, UUID.randomUUID(), kind, year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), EVALUATOR, Rating.AS_EXPECTED, Rating.AS_EXPECTED, predicate, "test");
    }
}
