package id.jejak.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.query.history.DecisionKind;
import id.jejak.query.history.RecordedDecision;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded decision as a page shows it: its times in the agency's time zone, and the facts it was decided on as
 * name and value.
 */
record DecisionRow(String eventId, String nip, String type, DecisionKind kind, LocalDate effectiveDate,
                   String recordedAt, String workUnit, String actorId, String actorRole, String approverId,
                   String decree, String reason, Map<String, Object> facts, String corrects,
                   List<String> correctedBy) {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final ObjectMapper JSON = EventStoreAutoConfiguration.messageJson();
    private static final TypeReference<LinkedHashMap<String, Object>> FACTS = new TypeReference<>() {
    };

    static DecisionRow of(RecordedDecision decision, ZoneId zone) {
        return new DecisionRow(decision.eventId(), decision.nip(), decision.type(), decision.kind(),
                decision.effectiveDate(), RECORDED.format(decision.recordedAt().atZone(zone)), decision.workUnit(),
                decision.actorId(), decision.actorRole(), decision.approverId(), decision.legalBasis(),
                decision.reason(), facts(decision.data()), decision.corrects(), decision.correctedBy());
    }

    private static Map<String, Object> facts(String data) {
        try {
            return data == null ? Map.of() : JSON.readValue(data, FACTS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
