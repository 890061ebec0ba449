package id.jejak.command.development;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.programme.ParticipantEligibility;
import id.jejak.command.rules.FourEyes;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.CloseDevelopmentNeed;
import id.jejak.kernel.development.DevelopmentNeedClosed;
import id.jejak.kernel.development.DevelopmentNeedEndorsed;
import id.jejak.kernel.development.DevelopmentNeedIdentified;
import id.jejak.kernel.development.DevelopmentNeedProposed;
import id.jejak.kernel.development.DevelopmentNeedRefused;
import id.jejak.kernel.development.EndorseDevelopmentNeed;
import id.jejak.kernel.development.IdentifyDevelopmentNeed;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.development.ProposeDevelopmentNeed;
import id.jejak.kernel.development.RefuseDevelopmentNeed;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One development need of a person, a group or a whole unit, with the source it rests on (PP 11/2017 Pasal 203(5),
 * 205–206), until the development that met it closes it. A civil servant's own proposal is a need once their head
 * of unit endorses it; a plan answers only open needs that stand.
 */
@Aggregate
class DevelopmentNeed {

    private enum Status { PROPOSED, REFUSED, OPEN, CLOSED }

    @AggregateIdentifier
    private UUID needId;
    private UnitCode unit;
    private List<Nip> nips;
    private Status status;
    private String proposedBy;

    /** Axon rebuilds the record from its events through this constructor. */
    DevelopmentNeed() {
    }

    @CommandHandler
    DevelopmentNeed(IdentifyDevelopmentNeed command, CommandMessage<?> message, ParticipantEligibility eligibility,
                    PersonRecords persons, UnitRecords units, NeedPolicy policy) {
        ActorScope.of(message.getMetaData()).requireCovers(command.unit());
        command.nips().forEach(nip -> eligibility.requireMayTakePart(nip, message.getMetaData()));
        requireComplete(command);
        switch (command.source()) {
            case SELF_PROPOSAL -> throw new RuleViolation(Refusal.REFUSED, "NEED_SELF_PROPOSAL_BY_THE_PERSON",
                    "a civil servant proposes their own need themself, for their head of unit to endorse",
                    Map.of("source", command.source()));
            case PERFORMANCE_EVALUATION -> {
                Predicate predicate = persons.evaluationPredicate(command.nips().get(0), command.sourceId())
                        .orElseThrow(() -> new RuleViolation(Refusal.NOT_FOUND, "EVALUATION_NOT_FOUND",
                                "no such evaluation is recorded", Map.of("evaluationId", command.sourceId())));
                if (predicate.isAtLeastBaik()) {
                    throw new RuleViolation(Refusal.REFUSED, "NEED_EVALUATION_NOT_BELOW_BAIK",
                            "a need from performance rests on an evaluation below Baik",
                            Map.of("evaluationId", command.sourceId(), "predicate", predicate));
                }
            }
            case COACHING_OUTCOME -> {
                boolean closed = persons.coachingClosed(command.nips().get(0), command.sourceId())
                        .orElseThrow(() -> new RuleViolation(Refusal.NOT_FOUND, "COACHING_NOT_FOUND",
                                "no such coaching is planned", Map.of("coachingId", command.sourceId())));
                if (!closed) {
                    throw new RuleViolation(Refusal.REFUSED, "NEED_COACHING_NOT_CLOSED",
                            "a need from coaching rests on its outcome, once the coaching is closed",
                            Map.of("coachingId", command.sourceId()));
                }
            }
            case COMPETENCY_GAP -> {
                if (command.requiredLevel() <= command.currentLevel()) {
                    throw new RuleViolation(Refusal.REFUSED, "NEED_NO_COMPETENCY_GAP",
                            "a competency gap is a current level below the required one",
                            Map.of("competency", command.competency(), "currentLevel", command.currentLevel(),
                                    "requiredLevel", command.requiredLevel()));
                }
            }
            case CITIZEN_SATISFACTION -> {
                SatisfactionIndex index = units.satisfactionIndex(command.unit(), command.period())
                        .orElseThrow(() -> new RuleViolation(Refusal.NOT_FOUND, "NEED_SATISFACTION_NOT_RECORDED",
                                "no citizen satisfaction survey of the unit is recorded for the period",
                                Map.of("unit", command.unit(), "period", command.period())));
                if (index.value().compareTo(policy.satisfactionThreshold()) >= 0) {
                    throw new RuleViolation(Refusal.REFUSED, "NEED_SATISFACTION_NOT_BELOW_THRESHOLD",
                            "a need from citizen satisfaction rests on a survey index below the threshold",
                            Map.of("index", index, "threshold", policy.satisfactionThreshold(),
                                    "period", command.period()));
                }
            }
        }
        apply(new DevelopmentNeedIdentified(command.needId(), command.unit(), command.nips(), command.source(),
                command.sourceId(), command.period(), command.category(), command.competency(),
                command.currentLevel(), command.requiredLevel(), command.description(), command.identifiedOn(),
                command.source() == NeedSource.CITIZEN_SATISFACTION ? policy.satisfactionThreshold() : null));
    }

    @CommandHandler
    DevelopmentNeed(ProposeDevelopmentNeed command, CommandMessage<?> message, ParticipantEligibility eligibility,
                    @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        eligibility.requireMayTakePart(command.nip(), message.getMetaData());
        apply(new DevelopmentNeedProposed(command.needId(), command.unit(), command.nip(), command.category(),
                command.competency(), command.description(), command.proposedOn(), actor));
    }

    @CommandHandler
    void handle(EndorseDevelopmentNeed command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requirePendingProposal(actor);
        apply(new DevelopmentNeedEndorsed(needId, unit, nips.get(0), command.endorsedOn(), proposedBy, actor));
    }

    @CommandHandler
    void handle(RefuseDevelopmentNeed command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requirePendingProposal(actor);
        apply(new DevelopmentNeedRefused(needId, unit, nips.get(0), command.refusedOn(), command.grounds(),
                proposedBy, actor));
    }

    @CommandHandler
    void handle(CloseDevelopmentNeed command, CommandMessage<?> message, PersonRecords persons,
                ProgrammeRecords programmes) {
        ActorScope.of(message.getMetaData()).requireCovers(unit);
        requireStanding();
        if (!nips.isEmpty() && !nips.contains(command.nip())) {
            throw new RuleViolation(Refusal.REFUSED, "NEED_MET_BY_ANOTHER_PERSON",
                    "a need of named people is met by a development one of them completed",
                    Map.of("nip", command.nip(), "needNips", nips));
        }
        DevelopmentCompletion.require(persons, programmes, command.nip(), command.kind(), command.developmentId());
        apply(new DevelopmentNeedClosed(needId, unit, command.nip(), command.kind(), command.developmentId()));
    }

    /**
     * Refuses a plan of another unit answering this need, and any plan answering a need that no longer stands;
     * answers the need's people (none for a whole unit's need).
     */
    List<Nip> requireAnswerableBy(UnitCode planUnit) {
        if (!unit.equals(planUnit)) {
            throw new RuleViolation(Refusal.REFUSED, "NEED_OF_ANOTHER_UNIT",
                    "a unit's plan answers the needs of that unit", Map.of("needId", needId, "needUnit", unit,
                    "planUnit", planUnit));
        }
        requireStanding();
        return nips;
    }

    private void requireStanding() {
        if (status == Status.CLOSED) {
            throw new RuleViolation(Refusal.CONFLICT, "NEED_ALREADY_CLOSED",
                    "this need was already met by a development", Map.of("needId", needId));
        }
        if (status != Status.OPEN) {
            throw new RuleViolation(Refusal.REFUSED, "NEED_NOT_ENDORSED",
                    "a civil servant's proposed need stands once their head of unit endorses it",
                    Map.of("needId", needId, "status", status));
        }
    }

    private void requirePendingProposal(String actor) {
        if (proposedBy == null) {
            throw new RuleViolation(Refusal.REFUSED, "NEED_NOT_A_PROPOSAL",
                    "only a civil servant's own proposal is endorsed or refused", Map.of("needId", needId));
        }
        if (status != Status.PROPOSED) {
            throw new RuleViolation(Refusal.CONFLICT, "NEED_PROPOSAL_ALREADY_DECIDED",
                    "this proposal was already endorsed or refused", Map.of("needId", needId, "status", status));
        }
        FourEyes.requireNotProposer(proposedBy, actor);
    }

    /** Each source names what it rests on; these are the facts the rules for it read. */
    private static void requireComplete(IdentifyDevelopmentNeed command) {
        List<String> missing = new ArrayList<>();
        if (command.source() == NeedSource.PERFORMANCE_EVALUATION || command.source() == NeedSource.COACHING_OUTCOME) {
            if (command.sourceId() == null) {
                missing.add("sourceId");
            }
            if (command.nips().size() != 1) {
                missing.add("nips");
            }
        }
        if (command.source() == NeedSource.COMPETENCY_GAP) {
            if (command.nips().isEmpty()) {
                missing.add("nips");
            }
            if (command.category() == null) {
                missing.add("category");
            }
            if (command.competency() == null) {
                missing.add("competency");
            }
            if (command.currentLevel() == null || command.requiredLevel() == null) {
                missing.add("currentLevel, requiredLevel");
            }
        }
        if (command.source() == NeedSource.CITIZEN_SATISFACTION && command.period() == null) {
            missing.add("period");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(Refusal.REFUSED, "NEED_SOURCE_INCOMPLETE",
                    "a need names what its source rests on", Map.of("source", command.source(),
                    "missing", missing));
        }
    }

    @EventSourcingHandler
    void on(DevelopmentNeedIdentified event) {
        needId = event.needId();
        unit = event.unit();
        nips = event.nips();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(DevelopmentNeedProposed event) {
        needId = event.needId();
        unit = event.unit();
        nips = List.of(event.nip());
        proposedBy = event.proposedBy();
        status = Status.PROPOSED;
    }

    @EventSourcingHandler
    void on(DevelopmentNeedEndorsed event) {
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(DevelopmentNeedRefused event) {
        status = Status.REFUSED;
    }

    @EventSourcingHandler
    void on(DevelopmentNeedClosed event) {
        status = Status.CLOSED;
    }
}
