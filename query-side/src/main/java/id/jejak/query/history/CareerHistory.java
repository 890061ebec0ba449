package id.jejak.query.history;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of a civil servant's career, oldest decision first. */
public record CareerHistory(String nip, int page, int size, long totalEvents, List<Entry> events) {

    /**
     * One decision as it was recorded.
     *
     * @param sequence      its place in the stream it belongs to ({@code streamId}: the person's record, or a
     *                      programme's), from 0
     * @param effectiveDate when it takes effect (TMT)
     * @param recordedAt    when the system learned of it
     * @param data          the event exactly as decided
     */
    public record Entry(String streamId, long sequence, long globalIndex, String eventId, String type, LocalDate effectiveDate,
                        Instant recordedAt, String actorId, String actorRole, String reason, String legalBasis,
                        String correlationId, String causationId, @JsonRawValue String data) {
    }
}
