package id.jejak.query.history;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.award.AwardGranted;
import id.jejak.kernel.civilservant.CivilServantRegistered;
import id.jejak.kernel.civilservant.ConfirmedAsPns;
import id.jejak.kernel.civilservant.Dismissed;
import id.jejak.kernel.civilservant.EducationRecorded;
import id.jejak.kernel.civilservant.IdentityCorrected;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.HeavySanctionProposed;
import id.jejak.kernel.discipline.HeavySanctionRejected;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.performance.CoachingClosed;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.CoachingSessionRecorded;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.programme.MentoringPairFormed;
import id.jejak.kernel.programme.MentoringSessionHeld;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeEvaluatedByParticipant;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.programme.StudyGroupMeetingAttended;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.promotion.PromotionRejected;
import id.jejak.kernel.training.TrainingAssigned;
import id.jejak.kernel.training.TrainingCompleted;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * What a recorded event is about, for filtering a history or a decision trail. The table is keyed by the events'
 * classes, so a renamed or removed event fails the build here rather than landing silently in another kind; it is
 * also the query side's one list of the career events it can read back from the history's rows.
 */
public enum DecisionKind {
    LIFECYCLE, RANK, POSITION, TRAINING, PERFORMANCE, DISCIPLINE, AWARD, CORRECTION;

    private static final Map<Class<? extends CareerEvent>, DecisionKind> BY_EVENT_CLASS = Map.ofEntries(
            entry(CivilServantRegistered.class, LIFECYCLE),
            entry(ConfirmedAsPns.class, LIFECYCLE),
            entry(EducationRecorded.class, LIFECYCLE),
            entry(Retired.class, LIFECYCLE),
            entry(Dismissed.class, LIFECYCLE),
            entry(PromotionProposed.class, RANK),
            entry(PromotionGranted.class, RANK),
            entry(PromotionRejected.class, RANK),
            entry(PlacedInPosition.class, POSITION),
            entry(TrainingAssigned.class, TRAINING),
            entry(TrainingCompleted.class, TRAINING),
            entry(ParticipantEnrolled.class, TRAINING),
            entry(ProgrammeParticipationCompleted.class, TRAINING),
            entry(ProgrammeEvaluatedByParticipant.class, TRAINING),
            entry(MentoringPairFormed.class, TRAINING),
            entry(MentoringSessionHeld.class, TRAINING),
            entry(StudyGroupMeetingAttended.class, TRAINING),
            entry(PerformanceEvaluated.class, PERFORMANCE),
            entry(CoachingPlanned.class, PERFORMANCE),
            entry(CoachingSessionRecorded.class, PERFORMANCE),
            entry(CoachingClosed.class, PERFORMANCE),
            entry(HeavySanctionProposed.class, DISCIPLINE),
            entry(HeavySanctionRejected.class, DISCIPLINE),
            entry(SanctionImposed.class, DISCIPLINE),
            entry(SanctionRevoked.class, DISCIPLINE),
            entry(AwardGranted.class, AWARD),
            entry(IdentityCorrected.class, CORRECTION),
            entry(PerformanceEvaluationCorrected.class, CORRECTION),
            entry(DecisionRevoked.class, CORRECTION));

    /** The history's rows name an event by its class's simple name. */
    private static final Map<String, Class<? extends CareerEvent>> BY_EVENT_TYPE = BY_EVENT_CLASS.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** Lifecycle for an event this version does not classify, so nothing is ever dropped. */
    public static DecisionKind of(Class<? extends CareerEvent> eventClass) {
        return BY_EVENT_CLASS.getOrDefault(eventClass, LIFECYCLE);
    }

    /** The class of an event type as the history's rows name it; empty for one this version does not know. */
    public static Optional<Class<? extends CareerEvent>> eventClass(String eventType) {
        return Optional.ofNullable(BY_EVENT_TYPE.get(eventType));
    }
}
