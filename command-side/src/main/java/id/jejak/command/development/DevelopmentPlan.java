package id.jejak.command.development;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.programme.ParticipantEligibility;
import id.jejak.command.rules.FourEyes;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.AmendDevelopmentPlan;
import id.jejak.kernel.development.ApproveDevelopmentPlan;
import id.jejak.kernel.development.DevelopmentPlanApproved;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.DevelopmentPlanProposed;
import id.jejak.kernel.development.DevelopmentPlanRejected;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.PlanItemRealised;
import id.jejak.kernel.development.ProposeDevelopmentPlan;
import id.jejak.kernel.development.RecordPlanRealisation;
import id.jejak.kernel.development.RejectDevelopmentPlan;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit's annual development plan (rencana pengembangan kompetensi): HR proposes it, the official in charge approves
 * or rejects it, never the one who proposed it (four eyes). Once approved it changes only by an amendment approved the
 * same way; every version, rejected ones too, stays in the record. Realisations link what people completed to the
 * items of the version in force.
 */
@Aggregate(cache = "developmentPlanCache")
class DevelopmentPlan {

    @AggregateIdentifier
    private DevelopmentPlanId planId;
    private int lastVersion;
    private int versionInForce;
    private Map<UUID, PlanItem> inForce = Map.of();
    private Pending pending;
    private final Set<UUID> realisedItems = new HashSet<>();
    private final Set<String> realisations = new HashSet<>();

    /** A proposed version waiting for the official in charge. */
    private record Pending(int version, List<PlanItem> items, String proposedBy) {
    }

    /** Axon rebuilds the record from its events, or starts an empty one, through this constructor. */
    DevelopmentPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProposeDevelopmentPlan command, CommandMessage<?> message, NeedRegister needs,
                ParticipantEligibility eligibility, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        ActorScope.of(message.getMetaData()).requireCovers(command.planId().unit());
        if (!inForce.isEmpty()) {
            throw new RuleViolation(Refusal.CONFLICT, "PLAN_ALREADY_APPROVED",
                    "the unit's plan for this year is approved; it changes by an amendment",
                    Map.of("planId", command.planId().toString()));
        }
        requireNonePending();
        requireItems(command.planId(), command.items(), needs, eligibility, message.getMetaData());
        apply(new DevelopmentPlanProposed(command.planId(), lastVersion + 1, null, command.items(), null, actor));
    }

    @CommandHandler
    void handle(AmendDevelopmentPlan command, CommandMessage<?> message, NeedRegister needs,
                ParticipantEligibility eligibility, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        ActorScope.of(message.getMetaData()).requireCovers(planId.unit());
        if (inForce.isEmpty()) {
            throw new RuleViolation(Refusal.REFUSED, "PLAN_NOT_APPROVED",
                    "only an approved plan is amended or realised", Map.of("planId", planId.toString()));
        }
        requireNonePending();
        Map<UUID, PlanItem> amended = byId(command.items());
        if (amended.equals(inForce)) {
            throw new RuleViolation(Refusal.REFUSED, "PLAN_AMENDMENT_CHANGES_NOTHING",
                    "the amendment gives the items already in force", Map.of("planId", planId.toString()));
        }
        realisedItems.stream().filter(itemId -> !inForce.get(itemId).equals(amended.get(itemId))).findFirst()
                .ifPresent(itemId -> {
                    throw new RuleViolation(Refusal.CONFLICT, "PLAN_ITEM_ALREADY_REALISED",
                            "an item already carried out stays as it was planned", Map.of("itemId", itemId));
                });
        // an item kept as it is in force was checked when it was approved; its need may since have been met by it
        requireDistinct(planId, command.items());
        requireItems(planId, command.items().stream().filter(item -> !item.equals(inForce.get(item.itemId())))
                .toList(), needs, eligibility, message.getMetaData());
        apply(new DevelopmentPlanProposed(planId, lastVersion + 1, versionInForce, command.items(),
                command.reason(), actor));
    }

    @CommandHandler
    void handle(ApproveDevelopmentPlan command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        Pending proposal = requirePending(actor);
        apply(new DevelopmentPlanApproved(planId, proposal.version(), command.approvedOn(), proposal.proposedBy(),
                actor));
    }

    @CommandHandler
    void handle(RejectDevelopmentPlan command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        Pending proposal = requirePending(actor);
        apply(new DevelopmentPlanRejected(planId, proposal.version(), command.rejectedOn(), command.grounds(),
                proposal.proposedBy(), actor));
    }

    @CommandHandler
    void handle(RecordPlanRealisation command, CommandMessage<?> message, PersonRecords persons,
                ProgrammeRecords programmes) {
        ActorScope.of(message.getMetaData()).requireCovers(planId.unit());
        if (inForce.isEmpty()) {
            throw new RuleViolation(Refusal.REFUSED, "PLAN_NOT_APPROVED",
                    "only an approved plan is amended or realised", Map.of("planId", planId.toString()));
        }
        PlanItem item = inForce.get(command.itemId());
        if (item == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "PLAN_ITEM_NOT_FOUND",
                    "the plan in force has no such item", Map.of("itemId", command.itemId()));
        }
        if (!item.nips().contains(command.nip())) {
            throw new RuleViolation(Refusal.REFUSED, "REALISATION_PERSON_NOT_IN_ITEM",
                    "an item is realised for the people it names", Map.of("itemId", command.itemId(),
                    "nip", command.nip()));
        }
        if (realisations.contains(realisationKey(command.itemId(), command.nip()))) {
            throw new RuleViolation(Refusal.CONFLICT, "REALISATION_ALREADY_RECORDED",
                    "this item's realisation for this person is already recorded",
                    Map.of("itemId", command.itemId(), "nip", command.nip()));
        }
        DevelopmentCompletion.require(persons, programmes, command.nip(), command.kind(), command.developmentId());
        apply(new PlanItemRealised(planId, command.itemId(), command.nip(), command.kind(), command.developmentId(),
                command.cost()));
    }

    /**
     * Each item answers needs of this unit that still stand, and names people who may be developed (registered, in
     * service, of the HR officer's units) and whose needs it answers, unless one of its needs is the whole unit's.
     */
    private static void requireItems(DevelopmentPlanId planId, List<PlanItem> items, NeedRegister needs,
                                     ParticipantEligibility eligibility, MetaData command) {
        requireDistinct(planId, items);
        for (PlanItem item : items) {
            Set<Nip> answered = new HashSet<>();
            boolean wholeUnit = false;
            for (UUID needId : item.needIds()) {
                List<Nip> people = needs.requireAnswerable(needId, planId.unit());
                wholeUnit |= people.isEmpty();
                answered.addAll(people);
            }
            for (Nip nip : item.nips()) {
                if (!wholeUnit && !answered.contains(nip)) {
                    throw new RuleViolation(Refusal.REFUSED, "PLAN_ITEM_PERSON_WITHOUT_NEED",
                            "an item names people whose needs it answers", Map.of("itemId", item.itemId(),
                            "nip", nip));
                }
                eligibility.requireMayTakePart(nip, command);
            }
        }
    }

    private static void requireDistinct(DevelopmentPlanId planId, List<PlanItem> items) {
        if (byId(items).size() != items.size()) {
            throw new RuleViolation(Refusal.REFUSED, "PLAN_ITEM_DUPLICATE", "each item of a plan has its own id",
                    Map.of("planId", planId.toString()));
        }
    }

    private void requireNonePending() {
        if (pending != null) {
            throw new RuleViolation(Refusal.CONFLICT, "PLAN_VERSION_PENDING",
                    "a proposed version of this plan waits for approval", Map.of("planId", planId.toString(),
                    "version", pending.version()));
        }
    }

    private Pending requirePending(String actor) {
        if (pending == null) {
            throw new RuleViolation(Refusal.CONFLICT, "PLAN_NOTHING_PENDING",
                    "no proposed version of this plan waits for a decision", Map.of("planId", planId.toString()));
        }
        FourEyes.requireNotProposer(pending.proposedBy(), actor);
        return pending;
    }

    private static Map<UUID, PlanItem> byId(List<PlanItem> items) {
        Map<UUID, PlanItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.itemId(), item));
        return byId;
    }

    private static String realisationKey(UUID itemId, Nip nip) {
        return itemId + "/" + nip.value();
    }

    @EventSourcingHandler
    void on(DevelopmentPlanProposed event) {
        planId = event.planId();
        lastVersion = event.version();
        pending = new Pending(event.version(), event.items(), event.proposedBy());
    }

    @EventSourcingHandler
    void on(DevelopmentPlanApproved event) {
        inForce = byId(pending.items());
        versionInForce = event.version();
        pending = null;
    }

    @EventSourcingHandler
    void on(DevelopmentPlanRejected event) {
        pending = null;
    }

    @EventSourcingHandler
    void on(PlanItemRealised event) {
        realisedItems.add(event.itemId());
        realisations.add(realisationKey(event.itemId(), event.nip()));
    }
}
