package id.jejak.query.history;

import id.jejak.platform.web.Csv;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision trail for inspectorates: every recorded decision, filtered by who took or approved it, the unit,
 * its type or kind and its effective period, with its legal basis and the facts it carries — as JSON, or as CSV
 * for a spreadsheet.
 */
@RestController
public class DecisionTrailController {

    private static final List<String> CSV_HEADER = List.of("recordedAt", "effectiveDate", "nip", "type", "kind",
            "workUnit", "actorId", "actorRole", "approverId", "legalBasis", "reason", "eventId", "corrects",
            "correctedBy", "data");

    /** One page of the trail. */
    record DecisionTrail(long total, int page, int size, List<RecordedDecision> decisions) {
    }

    private final RecordedDecisions decisions;

    DecisionTrailController(RecordedDecisions decisions) {
        this.decisions = decisions;
    }

    /** The filters of the trail; each is optional. {@code from} and {@code to} bound the effective date. */
    public record TrailQuery(String actor, String approver, String unit, String type, DecisionKind kind,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        public RecordedDecisions.Criteria criteria() {
            return new RecordedDecisions.Criteria(null, kind, type, actor, approver, unit, from, to);
        }
    }

    /** One operation in the API document for both answers, so its {@code size} is described for both. */
    private static final String SIZE = "as JSON the page size (default 100, at most 1,000); as CSV the rows written "
            + "(default 10,000, at most 100,000)";

    @GetMapping(value = "/api/v1/decision-trail", produces = "application/json")
    DecisionTrail json(@ParameterObject TrailQuery query,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @Parameter(description = SIZE, schema = @Schema(type = "integer", minimum = "1",
                               maximum = "100000"))
                       @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return new DecisionTrail(decisions.count(query.criteria()), page, size,
                decisions.find(query.criteria(), page, size));
    }

    /** Written as the rows are read: a unit's year is tens of thousands of them at a regional agency. */
    @GetMapping(value = "/api/v1/decision-trail", produces = Csv.MEDIA_TYPE)
    public void csv(@ParameterObject TrailQuery query,
             @RequestParam(defaultValue = "0") @Min(0) int page,
             @Parameter(description = SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "100000"))
             @RequestParam(defaultValue = "10000") @Min(1) @Max(100000) int size,
             HttpServletResponse response) throws IOException {
        response.setContentType(Csv.MEDIA_TYPE);
        PrintWriter csv = response.getWriter();
        csv.write(Csv.line(CSV_HEADER));
        decisions.forEach(query.criteria(), page, size, decision -> csv.write(Csv.line(List.of(
                decision.recordedAt(), nullable(decision.effectiveDate()), decision.nip(), decision.type(),
                decision.kind(), nullable(decision.workUnit()), nullable(decision.actorId()),
                nullable(decision.actorRole()), nullable(decision.approverId()), nullable(decision.legalBasis()),
                nullable(decision.reason()), decision.eventId(), nullable(decision.corrects()),
                String.join(" ", decision.correctedBy()), decision.data()))));
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
