package id.jejak.query.console;

import id.jejak.platform.web.Csv;
import id.jejak.query.history.DecisionKind;
import id.jejak.query.history.DecisionTrailController;
import id.jejak.query.history.RecordedDecisions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The decision trail, filtered and a page at a time, and the same selection as a spreadsheet's CSV. */
@Controller
@Validated
class TrailController {

    static final int PAGE_SIZE = 50;
    /** As many rows as the API's CSV answers at most. */
    static final int MOST_ROWS = 100_000;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final RecordedDecisions decisions;
    private final DecisionTrailController api;
    private final Clock clock;

    TrailController(RecordedDecisions decisions, DecisionTrailController api,
                    Clock clock) {
        this.decisions = decisions;
        this.api = api;
        this.clock = clock;
    }

    @GetMapping("/console/trail")
    String trail(@ModelAttribute("query") DecisionTrailController.TrailQuery query,
                 @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        long total = decisions.count(query.criteria());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("rows", decisions.find(query.criteria(), page, PAGE_SIZE).stream()
                .map(decision -> DecisionRow.of(decision, clock.getZone())).toList());
        return "console/trail";
    }

    /** The API's CSV, as a file: its name, and the byte order mark a spreadsheet needs to read UTF-8. */
    @GetMapping("/console/trail.csv")
    void csv(@ModelAttribute DecisionTrailController.TrailQuery query, HttpServletResponse response)
            throws IOException {
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("jejak-decision-trail-" + FILE_TIME.format(clock.instant()) + ".csv").build().toString());
        response.getWriter().write(Csv.BYTE_ORDER_MARK);
        api.csv(query, 0, MOST_ROWS, response);
    }
}
