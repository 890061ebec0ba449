package id.jejak.query.findings;

import java.util.List;
import java.util.Map;

/** One finding as the API answers it, its message in the reader's language. */
public record Finding(String ruleCode, String message, List<String> nips, String unit, List<String> eventIds,
                      Map<String, Object> facts) {
}
