package id.jejak.query.history;

import java.util.Map;

/** What a recorded event is about, for filtering a history or a decision trail. */
public enum DecisionKind {
    LIFECYCLE, RANK, POSITION, TRAINING, PERFORMANCE, DISCIPLINE, AWARD, CORRECTION;

    private static final Map<String, DecisionKind> BY_EVENT_TYPE = Map.ofEntries(
            Map.entry("CivilServantRegistered", LIFECYCLE),
            Map.entry("ConfirmedAsPns", LIFECYCLE),
            Map.entry("EducationRecorded", LIFECYCLE),
            Map.entry("Retired", LIFECYCLE),
            Map.entry("Dismissed", LIFECYCLE),
            Map.entry("PromotionProposed", RANK),
            Map.entry("PromotionGranted", RANK),
            Map.entry("PromotionRejected", RANK),
            Map.entry("PlacedInPosition", POSITION),
            Map.entry("TrainingAssigned", TRAINING),
            Map.entry("TrainingCompleted", TRAINING),
            Map.entry("ParticipantEnrolled", TRAINING),
            Map.entry("ProgrammeParticipationCompleted", TRAINING),
            Map.entry("ProgrammeEvaluatedByParticipant", TRAINING),
            Map.entry("PerformanceEvaluated", PERFORMANCE),
            Map.entry("CoachingPlanned", PERFORMANCE),
            Map.entry("CoachingSessionRecorded", PERFORMANCE),
            Map.entry("CoachingClosed", PERFORMANCE),
            Map.entry("HeavySanctionProposed", DISCIPLINE),
            Map.entry("HeavySanctionRejected", DISCIPLINE),
            Map.entry("SanctionImposed", DISCIPLINE),
            Map.entry("SanctionRevoked", DISCIPLINE),
            Map.entry("AwardGranted", AWARD),
            Map.entry("IdentityCorrected", CORRECTION),
            Map.entry("PerformanceEvaluationCorrected", CORRECTION),
            Map.entry("DecisionRevoked", CORRECTION));

    /** Lifecycle for an event type this version does not know yet, so nothing is ever dropped. */
    public static DecisionKind of(String eventType) {
        return BY_EVENT_TYPE.getOrDefault(eventType, LIFECYCLE);
    }
}
