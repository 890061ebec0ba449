package id.jejak.query.history;

import java.util.List;

/** One page of a civil servant's career, in the order it was recorded. */
public record CareerHistory(String nip, int page, int size, long totalEvents, List<RecordedDecision> events) {
}
