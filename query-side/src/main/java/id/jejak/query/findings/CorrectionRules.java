package id.jejak.query.findings;

import id.jejak.kernel.performance.PerformanceEvaluationCorrected;
import id.jejak.kernel.workunit.OrganisationPerformanceCorrected;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A correction of a correction: the command side allows it (only the latest version can be corrected, so each
 * correction names the one before), but a value changed twice is what an inspectorate looks at first.
 */
final class CorrectionRules {

    private CorrectionRules() {
    }

    /** Every correction of the person's evaluations that names a correction; none for a revoked evaluation. */
    static List<DetectedFinding> evaluations(PersonHistory history) {
        Map<String, PersonHistory.EvaluationVersion> byEventId = history.evaluationVersions().stream()
                .collect(Collectors.toMap(PersonHistory.EvaluationVersion::eventId, Function.identity()));
        List<DetectedFinding> findings = new ArrayList<>();
        for (PersonHistory.Evaluation evaluation : history.evaluations()) {
            for (PersonHistory.EvaluationVersion version : evaluation.versions()) {
                PersonHistory.EvaluationVersion corrected = version.correctedEventId() == null ? null
                        : byEventId.get(version.correctedEventId());
                if (corrected == null || corrected.correctedEventId() == null) {
                    continue;
                }
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("year", version.year());
                facts.put("correctedEvent", PerformanceEvaluationCorrected.class.getSimpleName());
                facts.put("evaluationId", version.evaluationId().toString());
                facts.put("correctedEventId", corrected.eventId());
                facts.put("firstCorrectedEventId", corrected.correctedEventId());
                facts.put("predicate", version.predicate().name());
                findings.add(new DetectedFinding(RuleCode.CORRECTION_OF_CORRECTION, version.eventId(),
                        List.of(history.nip()), history.unitOn(version.periodEnd()), version.year(),
                        List.of(version.eventId(), corrected.eventId(), corrected.correctedEventId()), facts));
            }
        }
        return findings;
    }

    /** The finding when a unit's predicate correction names a correction ({@code corrected} has a target itself). */
    static DetectedFinding organisation(String unit, int year, String eventId, String predicate,
                                        String correctedEventId, String firstCorrectedEventId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("year", year);
        facts.put("correctedEvent", OrganisationPerformanceCorrected.class.getSimpleName());
        facts.put("correctedEventId", correctedEventId);
        facts.put("firstCorrectedEventId", firstCorrectedEventId);
        facts.put("predicate", predicate);
        return new DetectedFinding(RuleCode.CORRECTION_OF_CORRECTION, eventId, List.of(), unit, year,
                List.of(eventId, correctedEventId, firstCorrectedEventId), facts);
    }
}
