package id.jejak.command.civilservant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.career.performance.PredicateMatrix;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.command.award.Awards;
import id.jejak.command.correction.Revocations;
import id.jejak.command.discipline.DisciplinaryRecord;
import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.performance.PerformanceRecord;
import id.jejak.command.promotion.PromotionProposals;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.command.training.Trainings;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.award.GrantAward;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmAsPns;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.CorrectIdentity;
import id.jejak.kernel.civilservant.Dismiss;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlaceInPosition;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.RecordEducation;
import id.jejak.kernel.civilservant.RegisterCivilServant;
import id.jejak.kernel.civilservant.Retire;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.correction.RevokeDecision;
import id.jejak.kernel.discipline.HeavySanctionProposed;
import id.jejak.kernel.discipline.HeavySanctionRejected;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.RejectHeavySanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.CloseCoaching;
import id.jejak.kernel.performance.CoachingClosed;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.CoachingSessionRecorded;
import id.jejak.kernel.performance.CorrectPerformanceEvaluation;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.performance.PlanCoaching;
import id.jejak.kernel.performance.RecordCoachingSession;
import id.jejak.kernel.performance.RecordPerformanceEvaluation;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.promotion.PromotionRejected;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.promotion.RejectPromotion;
import id.jejak.kernel.training.AssignTraining;
import id.jejak.kernel.training.RecordTrainingCompletion;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One civil servant's record: every decision about them is checked here against what was decided before. The rules
 * of each feature live with their feature (performance, discipline, promotion, training, award), in a part of the
 * record that folds its own events, handed to it by this class's event-sourcing handlers (as Axon aggregate members,
 * each event was offered to every part's handlers by reflection and streams: replaying a record read from the store
 * took 36.6% of a command's JVM samples that way, 20–28% with the events handed over); this class keeps the person's
 * standing — status, rank, position, education — and says which decisions may still be taken, and by whom: an HR
 * officer only about someone in a unit they act for. Its snapshot is its fields as JSON (as are those of the records
 * it keeps), so that a long record is read from the last snapshot on. The revision names the snapshot's
 * form: raise it whenever a field or an event-sourcing handler changes, and Axon ignores older snapshots (replaying
 * the stream) rather than restoring a record the new code would not have built.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Revision("1")
@Aggregate(cache = "civilServantCache", snapshotTriggerDefinition = "civilServantSnapshots")
class CivilServant {

    private enum Status { ACTIVE, RETIRED, DISMISSED }

    private record RankHeld(Rank rank, LocalDate since, String eventId) {
    }

    private record PositionHeld(String title, String workUnit, LocalDate since, String eventId) {
    }

    /** The confirmation as PNS, and how many ranks were held then: any more rest on the confirmation. */
    private record Confirmation(String eventId, int ranksHeld) {
    }

    @AggregateIdentifier
    private Nip nip;
    private String fullName;
    private EmploymentType employmentType;
    private Status status;
    /** The event that retired or dismissed the person; null while they are in service. */
    private String endedBy;
    private Confirmation confirmation;
    private Education education;
    private final Deque<RankHeld> ranks = new ArrayDeque<>();
    private final Deque<PositionHeld> positions = new ArrayDeque<>();
    private final Trainings trainings = new Trainings();
    private final Awards awards = new Awards();
    private final Revocations revocations = new Revocations();
    private final PerformanceRecord performance = new PerformanceRecord();
    private final DisciplinaryRecord discipline = new DisciplinaryRecord();
    private final PromotionProposals promotions = new PromotionProposals();

    /** Axon rebuilds the record from its events through this constructor. */
    CivilServant() {
    }

    @CommandHandler
    CivilServant(RegisterCivilServant command, CommandMessage<?> message) {
        ActorScope.of(message.getMetaData()).requireCovers(command.workUnit(), command.nip());
        LocalDate appointed = command.nip().appointment().atDay(1);
        if (command.effectiveDate().isBefore(appointed)) {
            throw new RuleViolation(Refusal.REFUSED, "REGISTRATION_BEFORE_APPOINTMENT",
                    "a civil servant cannot be registered before the appointment month in their NIP",
                    Map.of("effectiveDate", command.effectiveDate(), "appointedFrom", appointed));
        }
        boolean pppk = command.employmentType() == EmploymentType.PPPK;
        if (!pppk && command.rank() == null) {
            throw new RuleViolation(Refusal.REFUSED, "RANK_REQUIRED",
                    "a CPNS or PNS holds a golongan/ruang", Map.of("employmentType", command.employmentType()));
        }
        if (pppk && command.rank() != null) {
            throw new RuleViolation(Refusal.REFUSED, "RANK_NOT_FOR_PPPK",
                    "a PPPK does not hold a PNS golongan/ruang", Map.of("rank", command.rank()));
        }
        LocalDate rankSince = command.rankSince() == null || pppk ? command.effectiveDate() : command.rankSince();
        if (rankSince.isAfter(command.effectiveDate())) {
            throw new RuleViolation(Refusal.REFUSED, "RANK_SINCE_AFTER_REGISTRATION",
                    "the current rank cannot start after the registration takes effect",
                    Map.of("rankSince", rankSince, "effectiveDate", command.effectiveDate()));
        }
        apply(new CivilServantRegistered(command.nip(), command.fullName(), command.employmentType(), command.rank(),
                pppk ? null : rankSince, command.education(), command.workUnit(), command.position(),
                command.effectiveDate()));
    }

    /**
     * Before every decision about someone already recorded: an HR officer decides only about the people of the units
     * they act for (OWASP API1, object-level authorisation). The person's unit is the one of their current position.
     */
    @CommandHandlerInterceptor
    void withinActorUnits(CommandMessage<?> message) {
        requireCoveredBy(ActorScope.of(message.getMetaData()));
    }

    @CommandHandler
    void handle(ConfirmAsPns command) {
        requireActive();
        if (employmentType != EmploymentType.CPNS) {
            throw new RuleViolation(Refusal.REFUSED, "NOT_A_CPNS", "only a CPNS can be confirmed as PNS",
                    Map.of("employmentType", employmentType));
        }
        LocalDate probationEnds = nip.appointment().atDay(1).plusYears(1);
        if (command.effectiveDate().isBefore(probationEnds)) {
            throw new RuleViolation(Refusal.REFUSED, "PROBATION_NOT_COMPLETED",
                    "a CPNS serves at least one year of probation", Map.of("probationEnds", probationEnds,
                    "effectiveDate", command.effectiveDate()));
        }
        if (!trainings.basicTrainingCompleted()) {
            throw new RuleViolation(Refusal.REFUSED, "LATSAR_NOT_COMPLETED",
                    "a CPNS completes the basic training (Latsar) before becoming PNS", Map.of("nip", nip));
        }
        apply(new ConfirmedAsPns(nip, command.effectiveDate(), command.decree()));
    }

    /** Allowed after retirement or dismissal too: a BKN correction mends the record, it takes no new decision. */
    @CommandHandler
    void handle(CorrectIdentity command) {
        if (command.fullName().equals(fullName)) {
            throw new RuleViolation(Refusal.REFUSED, "IDENTITY_CORRECTION_CHANGES_NOTHING",
                    "the corrected name is the one already recorded", Map.of("fullName", fullName));
        }
        apply(new IdentityCorrected(nip, fullName, command.fullName(), command.effectiveDate(), command.decree()));
    }

    @CommandHandler
    void handle(RecordEducation command) {
        requireActive();
        if (education != null && command.education().compareTo(education) < 0) {
            throw new RuleViolation(Refusal.REFUSED, "EDUCATION_BELOW_RECORDED",
                    "the highest education recorded is already higher", Map.of("education", education,
                    "recorded", command.education()));
        }
        apply(new EducationRecorded(nip, command.education(), command.institution(), command.graduatedOn()));
    }

    /** A placement moves the person, so an HR officer must act for the unit they go to as well. */
    @CommandHandler
    void handle(PlaceInPosition command, CommandMessage<?> message) {
        requireActive();
        ActorScope.of(message.getMetaData()).requireCovers(command.workUnit(), nip);
        PositionHeld current = positions.peek();
        if (current != null && !command.effectiveDate().isAfter(current.since())) {
            throw new RuleViolation(Refusal.REFUSED, "PLACEMENT_BEFORE_CURRENT_POSITION",
                    "a new position starts after the current one began", Map.of("effectiveDate",
                    command.effectiveDate(), "currentSince", current.since(), "currentPosition", current.title()));
        }
        apply(new PlacedInPosition(nip, command.kind(), command.title(), command.workUnit(), command.effectiveDate(),
                command.decree(), current == null ? null : current.title(),
                current == null ? null : current.workUnit()));
    }

    @CommandHandler
    void handle(Retire command) {
        requireActive();
        apply(new Retired(nip, command.effectiveDate(), command.decree()));
    }

    @CommandHandler
    void handle(Dismiss command) {
        requireActive();
        apply(new Dismissed(nip, command.effectiveDate(), command.decree(), command.honourable()));
    }

    @CommandHandler
    void handle(AssignTraining command) {
        requireActive();
        apply(trainings.assign(nip, command));
    }

    @CommandHandler
    void handle(RecordTrainingCompletion command) {
        requireActive();
        apply(trainings.complete(nip, command));
    }

    @CommandHandler
    void handle(RecordPerformanceEvaluation command, PredicateMatrix matrix) {
        requireActive();
        apply(performance.evaluate(nip, command, matrix));
    }

    /** Allowed after retirement or dismissal too: it mends the record, it takes no new decision. */
    @CommandHandler
    void handle(CorrectPerformanceEvaluation command, PredicateMatrix matrix) {
        apply(performance.correct(nip, command, matrix));
    }

    @CommandHandler
    void handle(PlanCoaching command) {
        requireActive();
        apply(performance.plan(nip, command));
    }

    @CommandHandler
    void handle(RecordCoachingSession command) {
        requireActive();
        apply(performance.session(nip, command));
    }

    @CommandHandler
    void handle(CloseCoaching command) {
        requireActive();
        apply(performance.close(nip, command));
    }

    @CommandHandler
    void handle(ProposeHeavySanction command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requireActive();
        apply(discipline.propose(nip, command, actor));
    }

    @CommandHandler
    void handle(RejectHeavySanction command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requireActive();
        apply(discipline.reject(nip, command, actor));
    }

    @CommandHandler
    void handle(ImposeSanction command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requireActive();
        apply(discipline.impose(nip, command, actor));
        if (command.type() == SanctionType.DISMISSAL) {
            apply(new Dismissed(nip, command.effectiveDate(), command.decree(), true));
        }
    }

    @CommandHandler
    void handle(RevokeSanction command) {
        apply(discipline.revoke(nip, command));
    }

    @CommandHandler
    void handle(ProposePromotion command, PromotionPolicy policy,
                @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requireActive();
        apply(promotions.propose(nip, command, actor, promotionCandidate(), policy));
    }

    @CommandHandler
    void handle(GrantPromotion command, PromotionPolicy policy,
                @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requireActive();
        apply(promotions.grant(nip, command, actor, promotionCandidate(), policy));
    }

    @CommandHandler
    void handle(RejectPromotion command, @MetaDataValue(EventMetadata.ACTOR_ID) String actor) {
        requireActive();
        apply(promotions.reject(nip, command, actor));
    }

    @CommandHandler
    void handle(GrantAward command) {
        requireActive();
        apply(awards.grant(nip, command, performance::hasEvaluation));
    }

    /** Allowed after retirement or dismissal too: a revocation mends the record, it takes no new decision. */
    @CommandHandler
    void handle(RevokeDecision command) {
        apply(revocations.revoke(nip, command, List.of(this::latestPromotionOrPlacement, performance, discipline,
                awards, trainings, this::endingConfirmationOrRegistration)));
    }

    private PromotionPolicy.Candidate promotionCandidate() {
        RankHeld rank = ranks.peek();
        return new PromotionPolicy.Candidate(employmentType, rank == null ? null : rank.rank(),
                rank == null ? null : rank.since(), education, performance.annualPredicates(), discipline.standing());
    }

    /** The latest promotion or placement; not the registration's rank or position, which nothing replaces. */
    private Optional<String> latestPromotionOrPlacement(String eventId) {
        RankHeld rank = ranks.peek();
        if (rank != null && eventId.equals(rank.eventId()) && ranks.size() > 1) {
            return Optional.of(PromotionGranted.class.getSimpleName());
        }
        PositionHeld position = positions.peek();
        if (position != null && eventId.equals(position.eventId()) && positions.size() > 1) {
            return Optional.of(PlacedInPosition.class.getSimpleName());
        }
        return Optional.empty();
    }

    private Optional<String> endingConfirmationOrRegistration(String eventId) {
        if (eventId.equals(endedBy)) {
            return Optional.of(endingType(eventId));
        }
        if (confirmation != null && eventId.equals(confirmation.eventId())) {
            // a promotion needs PNS status, so one granted since rests on the confirmation; a pending proposal does
            // not, since its grant checks the rules again and is refused for a CPNS
            if (ranks.size() > confirmation.ranksHeld()) {
                throw new RuleViolation(Refusal.CONFLICT, "DECISION_SUPERSEDED",
                        "a promotion granted after the confirmation rests on it; revoke that first",
                        Map.of("eventId", eventId));
            }
            return Optional.of(ConfirmedAsPns.class.getSimpleName());
        }
        boolean registration = ranks.peekLast() != null && eventId.equals(ranks.peekLast().eventId())
                || eventId.equals(positions.peekLast().eventId());
        if (!registration && (ranks.stream().anyMatch(held -> eventId.equals(held.eventId()))
                || positions.stream().anyMatch(held -> eventId.equals(held.eventId())))) {
            throw new RuleViolation(Refusal.CONFLICT, "DECISION_SUPERSEDED",
                    "a later promotion or placement rests on this one; revoke that first", Map.of("eventId", eventId));
        }
        return Optional.empty();
    }

    /**
     * A dismissal that carries out a dismissal sanction stands as long as the sanction does: revoking the dismissal
     * alone would leave a sanction of dismissal on someone in service, while revoking the sanction reinstates. A
     * dismissal sanction that still stands is the one this dismissal carries out: it was imposed on someone in
     * service, dismissed them at once, and nothing but its revocation can reinstate them.
     */
    private String endingType(String eventId) {
        if (status == Status.RETIRED) {
            return Retired.class.getSimpleName();
        }
        Optional<UUID> sanction = discipline.standingDismissal();
        if (sanction.isPresent()) {
            throw new RuleViolation(Refusal.REFUSED, "DISMISSAL_RESTS_ON_SANCTION",
                    "this dismissal carries out a disciplinary sanction; revoke the sanction, which reinstates",
                    Map.of("eventId", eventId, "sanctionId", sanction.get()));
        }
        return Dismissed.class.getSimpleName();
    }

    /**
     * A programme's decisions about the person (enrolment, completion, evaluation) are recorded in the programme's
     * stream, so the checks every decision about the person gets here before it is taken are asked for: still in
     * service, and in a unit the actor acts for.
     */
    void requireMayTakePart(ActorScope actor) {
        requireActive();
        requireCoveredBy(actor);
    }

    /** What a development need or a plan's realisation reads from the record; the record decides nothing here. */
    PerformanceRecord performance() {
        return performance;
    }

    Trainings trainings() {
        return trainings;
    }

    private void requireCoveredBy(ActorScope actor) {
        PositionHeld current = positions.peek();
        actor.requireCovers(current == null ? null : current.workUnit(), nip);
    }

    private void requireActive() {
        if (status != Status.ACTIVE) {
            throw new RuleViolation(Refusal.REFUSED, "CIVIL_SERVANT_NOT_ACTIVE",
                    "nothing but corrections may be recorded for a civil servant who retired or was dismissed",
                    Map.of("nip", nip, "status", status));
        }
    }

    @EventSourcingHandler
    void on(CivilServantRegistered event, DomainEventMessage<?> message) {
        nip = event.nip();
        fullName = event.fullName();
        employmentType = event.employmentType();
        education = event.education();
        status = Status.ACTIVE;
        if (event.rank() != null) {
            ranks.push(new RankHeld(event.rank(), event.rankSince(), message.getIdentifier()));
        }
        positions.push(new PositionHeld(event.position(), event.workUnit(), event.effectiveDate(),
                message.getIdentifier()));
    }

    @EventSourcingHandler
    void on(ConfirmedAsPns event, DomainEventMessage<?> message) {
        employmentType = EmploymentType.PNS;
        confirmation = new Confirmation(message.getIdentifier(), ranks.size());
    }

    @EventSourcingHandler
    void on(IdentityCorrected event) {
        fullName = event.fullName();
    }

    @EventSourcingHandler
    void on(EducationRecorded event) {
        education = event.education();
    }

    @EventSourcingHandler
    void on(PlacedInPosition event, DomainEventMessage<?> message) {
        positions.push(new PositionHeld(event.title(), event.workUnit(), event.effectiveDate(),
                message.getIdentifier()));
    }

    @EventSourcingHandler
    void on(Retired event, DomainEventMessage<?> message) {
        status = Status.RETIRED;
        endedBy = message.getIdentifier();
    }

    @EventSourcingHandler
    void on(Dismissed event, DomainEventMessage<?> message) {
        status = Status.DISMISSED;
        endedBy = message.getIdentifier();
    }

    /** A dismissal annulled on appeal reinstates the civil servant: it counts as never imposed. */
    @EventSourcingHandler
    void on(SanctionRevoked event) {
        if (discipline.typeOf(event.sanctionId()) == SanctionType.DISMISSAL) {
            reinstate();
        }
        discipline.on(event);
    }

    @EventSourcingHandler
    void on(PromotionGranted event, DomainEventMessage<?> message) {
        ranks.push(new RankHeld(event.toRank(), event.effectiveDate(), message.getIdentifier()));
        promotions.on(event);
    }

    @EventSourcingHandler
    void on(DecisionRevoked event) {
        String eventId = event.revokedEventId();
        if (ranks.peek() != null && eventId.equals(ranks.peek().eventId())) {
            ranks.pop();
        }
        if (positions.peek() != null && eventId.equals(positions.peek().eventId())) {
            positions.pop();
        }
        // before the disciplinary record hears of the revocation and forgets the sanction
        if (discipline.dismissalRecordedBy(eventId) || eventId.equals(endedBy)) {
            reinstate();
        }
        if (confirmation != null && eventId.equals(confirmation.eventId())) {
            employmentType = EmploymentType.CPNS;
            confirmation = null;
        }
        trainings.on(event);
        awards.on(event);
        revocations.on(event);
        performance.on(event);
        discipline.on(event);
    }

    @EventSourcingHandler
    void on(TrainingAssigned event) {
        trainings.on(event);
    }

    @EventSourcingHandler
    void on(TrainingCompleted event, DomainEventMessage<?> message) {
        trainings.on(event, message.getIdentifier());
    }

    @EventSourcingHandler
    void on(AwardGranted event, DomainEventMessage<?> message) {
        awards.on(event, message.getIdentifier());
    }

    @EventSourcingHandler
    void on(PerformanceEvaluated event, DomainEventMessage<?> message) {
        performance.on(event, message.getIdentifier());
    }

    @EventSourcingHandler
    void on(PerformanceEvaluationCorrected event, DomainEventMessage<?> message) {
        performance.on(event, message.getIdentifier());
    }

    @EventSourcingHandler
    void on(CoachingPlanned event) {
        performance.on(event);
    }

    @EventSourcingHandler
    void on(CoachingSessionRecorded event) {
        performance.on(event);
    }

    @EventSourcingHandler
    void on(CoachingClosed event) {
        performance.on(event);
    }

    @EventSourcingHandler
    void on(HeavySanctionProposed event) {
        discipline.on(event);
    }

    @EventSourcingHandler
    void on(HeavySanctionRejected event) {
        discipline.on(event);
    }

    @EventSourcingHandler
    void on(SanctionImposed event, DomainEventMessage<?> message) {
        discipline.on(event, message.getIdentifier());
    }

    @EventSourcingHandler
    void on(PromotionProposed event) {
        promotions.on(event);
    }

    @EventSourcingHandler
    void on(PromotionRejected event) {
        promotions.on(event);
    }

    private void reinstate() {
        status = Status.ACTIVE;
        endedBy = null;
    }
}
