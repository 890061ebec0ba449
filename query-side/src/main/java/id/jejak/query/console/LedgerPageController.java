package id.jejak.query.console;

import id.jejak.platform.web.NotFoundException;
import id.jejak.query.audit.AuditController;
import jakarta.validation.constraints.Min;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ledger for auditors: the live verification, the signed checkpoints, the public key, the export, and how to
 * verify it offline. Where the API's ledger is (the embedded or JDBC store; Axon Server keeps its own).
 */
@Controller
@Validated
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class LedgerPageController {

    static final int CHECKPOINTS_PER_PAGE = 50;

    private final AuditController audit;

    LedgerPageController(AuditController audit) {
        this.audit = audit;
    }

    @GetMapping("/console/ledger")
    String ledger(@RequestParam(defaultValue = "0") @Min(0) long after, Model model) {
        model.addAttribute("verification", audit.verification());
        var checkpoints = audit.checkpoints(after, CHECKPOINTS_PER_PAGE);
        model.addAttribute("checkpoints", checkpoints);
        model.addAttribute("after", after);
        model.addAttribute("next", checkpoints.checkpoints().size() < CHECKPOINTS_PER_PAGE ? null
                : checkpoints.checkpoints().get(checkpoints.checkpoints().size() - 1).sequence());
        try {
            model.addAttribute("publicKey", audit.publicKey());
        } catch (NotFoundException noKey) {
            model.addAttribute("publicKey", null);
        }
        return "console/ledger";
    }

    /** The API's export, the whole store; a narrower one (a period, a person) is the API's, with its parameters. */
    @GetMapping("/console/ledger/export")
    ResponseEntity<StreamingResponseBody> export() {
        return audit.export(null, null, null);
    }

    @GetMapping("/console/ledger/public-key.pem")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"jejak-ledger-key.pub\"")
                .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                .body(audit.publicKey());
    }
}
