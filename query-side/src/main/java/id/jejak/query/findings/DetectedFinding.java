package id.jejak.query.findings;

import java.util.List;
import java.util.Map;

/**
 * A finding as the checker sees it, before it is put into the reader's language.
 *
 * @param subject  what the finding is about, unique per rule: the main event's id, or a person or unit and a year
 * @param nips     the civil servants involved; empty when the unit is the subject
 * @param unit     the unit involved: the subject's, or the person's work unit at the time
 * @param year     the year the finding belongs to, for filtering
 * @param eventIds the events it rests on, main event first
 * @param facts    what the rule saw; the rule's message is filled from them
 */
public record DetectedFinding(RuleCode ruleCode, String subject, List<String> nips, String unit, Integer year,
                              List<String> eventIds, Map<String, Object> facts) {

    public DetectedFinding {
        nips = List.copyOf(nips);
        eventIds = List.copyOf(eventIds);
    }
}
