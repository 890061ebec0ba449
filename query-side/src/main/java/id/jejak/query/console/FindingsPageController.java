package id.jejak.query.console;

import id.jejak.query.findings.FindingsController;
import id.jejak.query.findings.RuleCode;
import jakarta.validation.constraints.Min;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The findings register by rule, unit and year, each linked to the people and the events it rests on. */
@Controller
@Validated
class FindingsPageController {

    static final int PAGE_SIZE = 50;

    private final FindingsController findings;

    FindingsPageController(FindingsController findings) {
        this.findings = findings;
    }

    @GetMapping("/console/findings")
    String findings(@RequestParam(required = false) RuleCode rule,
                    @RequestParam(required = false) String unit,
                    @RequestParam(required = false) Integer year,
                    @RequestParam(defaultValue = "0") @Min(0) int page,
                    Model model) {
        var found = findings.findings(rule, null, unit, year, page, PAGE_SIZE);
        model.addAttribute("rules", RuleCode.values());
        model.addAttribute("rule", rule);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.totalFindings() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("found", found);
        return "console/findings";
    }
}
