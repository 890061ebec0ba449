package id.jejak.query.history;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.query.UnknownCivilServant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CareerHistoryController {

    private final RecordedDecisions decisions;

    CareerHistoryController(RecordedDecisions decisions) {
        this.decisions = decisions;
    }

    /**
     * Every recorded decision about one civil servant, in the order the store recorded them, optionally of one kind
     * (rank, position, training, performance, discipline, award, lifecycle, correction).
     */
    @GetMapping("/api/v1/civil-servants/{nip}/history")
    CareerHistory history(@PathVariable String nip,
                          @RequestParam(required = false) DecisionKind kind,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Nip civilServant = Nip.of(nip);
        var criteria = new RecordedDecisions.Criteria(civilServant.value(), kind, null, null, null, null, null, null);
        long total = decisions.count(criteria);
        // a person with no decision of the kind asked for is known if they have any other
        if (total == 0 && (kind == null || decisions.count(criteria.withoutKind()) == 0)) {
            throw new UnknownCivilServant(civilServant);
        }
        return new CareerHistory(civilServant.value(), page, size, total,
                decisions.find(criteria, page, size));
    }
}
