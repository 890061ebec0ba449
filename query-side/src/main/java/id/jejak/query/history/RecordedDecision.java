package id.jejak.query.history;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One recorded event about a civil servant, with the context it was decided in and its links to the corrections
 * that name it (and back).
 *
 * @param streamId      the record it belongs to: the person's, or another (a programme's) that names them
 * @param sequence      its place in that record, from 0
 * @param globalIndex   its place in the whole store: the order of recording
 * @param effectiveDate when it takes effect (TMT)
 * @param recordedAt    when the system learned of it
 * @param workUnit      the person's work unit when it was recorded
 * @param approverId    who approved or rejected it, for decisions taken by four eyes
 * @param corrects      the event this one corrects or revokes, if any
 * @param correctedBy   the events that correct or revoke this one
 * @param data          the event exactly as decided
 */
public record RecordedDecision(String eventId, String nip, String streamId, long sequence, long globalIndex,
                               String type, DecisionKind kind, LocalDate effectiveDate, Instant recordedAt,
                               String workUnit, String actorId, String actorRole, String approverId,
                               String legalBasis, String reason, String correlationId, String causationId,
                               String corrects, List<String> correctedBy, @JsonRawValue @Schema(implementation = Map.class, description = "the event exactly as decided")
                               String data) {
}
