package id.jejak.query.findings;

import java.util.List;

/** One page of the findings that match a filter, in a stable order: by year, rule and subject. */
public record FindingsPage(int page, int size, long totalFindings, List<Finding> findings) {
}
