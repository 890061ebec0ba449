package id.jejak.query.audit;

import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.web.NotFoundException;
import id.jejak.platform.web.ProblemFactory;
import id.jejak.query.UnknownCivilServant;
import id.jejak.verifier.Break;
import id.jejak.verifier.ExportHeader;
import id.jejak.verifier.ExportWriter;
import id.jejak.verifier.LedgerKeys;
import id.jejak.verifier.SigningKey;
import id.jejak.verifier.VerificationReport;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger for auditors: the export they verify offline, the checkpoints they keep, the live verification and the
 * public key. Auditors only — authentication and roles do not exist yet; the issue that adds them puts the auditor
 * check on every endpoint here.
 */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final LedgerStore store;
    private final LedgerVerification verification;
    private final LedgerKey key;
    private final ProblemFactory problems;
    private final Clock clock;

    AuditController(LedgerStore store, LedgerVerification verification, LedgerKey key, ProblemFactory problems,
                    Clock clock) {
        this.store = store;
        this.verification = verification;
        this.key = key;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The event stream as NDJSON, streamed as it is read: the whole store, a period of recorded time ({@code from}
     * inclusive, {@code to} exclusive, ISO instants), one civil servant's record ({@code nip}), or both.
     */
    @GetMapping("/export")
    public ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String nip) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("AUDIT_PERIOD_INVALID", "the period must end after it starts",
                    Map.of("from", from.toString(), "to", to.toString()));
        }
        String stream = null;
        if (nip != null) {
            Nip person = Nip.of(nip);
            if (!store.hasStream(person.value())) {
                throw new UnknownCivilServant(person);
            }
            stream = person.value();
        }
        var selection = new LedgerStore.Selection(from, to, stream);
        Instant now = clock.instant();
        var header = new ExportHeader(ExportHeader.FORMAT, selection.scope(), text(from), text(to), stream,
                now.toString());
        StreamingResponseBody body = out -> {
            try (var writer = new ExportWriter(out)) {
                writer.header(header);
                store.read(selection, event -> write(() -> writer.event(event)),
                        checkpoint -> write(() -> writer.checkpoint(checkpoint)));
            }
        };
        String fileName = "jejak-ledger-" + selection.scope().name().toLowerCase()
                + (stream == null ? "" : "-" + stream) + "-" + FILE_TIME.format(now) + ".ndjson";
        return ResponseEntity.ok().contentType(NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }

    /** The checkpoints in order, a page at a time: those after {@code after}. */
    @GetMapping("/checkpoints")
    public CheckpointView.Page checkpoints(@RequestParam(defaultValue = "0") @Min(0) long after,
                                    @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return new CheckpointView.Page(key.signing().map(SigningKey::keyId).orElse(null),
                key.signing().map(signing -> LedgerKeys.base64(signing.publicKey())).orElse(null),
                store.checkpoints(after, size).stream().map(CheckpointView::of).toList());
    }

    /** One checkpoint with its heads and gaps, in the form the verifier takes with {@code --checkpoint}. */
    @GetMapping("/checkpoints/{sequence}")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CheckpointView.KeptCheckpoint.class)))
    ResponseEntity<String> checkpoint(@PathVariable long sequence) {
        return store.checkpoint(sequence)
                .map(found -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(ExportWriter.checkpointLine(found)))
                .orElseThrow(() -> new NotFoundException("CHECKPOINT_NOT_FOUND", "no checkpoint {sequence}",
                        Map.of("sequence", sequence)));
    }

    /** The same check the offline verifier makes, on the live store. */
    @GetMapping("/verification")
    public VerificationView verification() {
        VerificationReport report = verification.verify();
        Break first = report.firstBreak();
        var facts = new LinkedHashMap<String, Object>();
        facts.put("events", report.events());
        facts.put("checkpoints", report.checkpoints());
        facts.put("checkpointsVerified", report.checkpointsVerified());
        facts.put("unsealedEvents", report.unsealedEvents());
        if (first == null) {
            return VerificationView.of(report, problems.message("LEDGER_VERIFIED", report.summary(), facts), null,
                    clock.instant());
        }
        facts.put("globalIndex", first.globalIndex());
        facts.put("aggregateIdentifier", first.aggregateIdentifier() == null ? "?" : first.aggregateIdentifier());
        facts.put("sequenceNumber", first.sequenceNumber() == null ? "?" : first.sequenceNumber());
        facts.put("checkpoint", first.checkpoint() == null ? "?" : first.checkpoint());
        String message = problems.message(VerificationView.BreakView.code(first), first.detail(), facts);
        facts.put("message", message);
        return VerificationView.of(report, problems.message("LEDGER_BROKEN", report.summary(), facts),
                VerificationView.BreakView.of(first, message), clock.instant());
    }

    /** The public key checkpoints are signed with, PEM. Auditors are better off with a copy they got elsewhere. */
    @GetMapping(value = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    public String publicKey() {
        return key.signing().map(signing -> LedgerKeys.pem(signing.publicKey()))
                .orElseThrow(() -> new NotFoundException("LEDGER_KEY_UNKNOWN",
                        "this node signs no checkpoints: it has no ledger key", Map.of()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
