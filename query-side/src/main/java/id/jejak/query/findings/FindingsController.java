package id.jejak.query.findings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.career.CareerRule;
import id.jejak.career.FactText;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.eventstore.EventStoreAutoConfiguration;
import id.jejak.platform.web.ProblemFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
public class FindingsController {

    private static final TypeReference<LinkedHashMap<String, Object>> FACTS = new TypeReference<>() {
    };

    private final FindingsChecker checker;
    private final ProblemFactory problems;
    private final ObjectMapper json = EventStoreAutoConfiguration.messageJson();

    FindingsController(FindingsChecker checker, ProblemFactory problems) {
        this.checker = checker;
        this.problems = problems;
    }

    /**
     * The findings register, narrowed by rule, person, unit or year; each finding's message in the reader's language
     * ({@code Accept-Language}, Indonesian by default).
     */
    @GetMapping("/api/v1/findings")
    public FindingsPage findings(@RequestParam(required = false) RuleCode ruleCode,
                          @RequestParam(required = false) String nip,
                          @RequestParam(required = false) String unit,
                          @RequestParam(required = false) Integer year,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        String person = nip == null || nip.isBlank() ? null : Nip.of(nip).value();
        List<DetectedFinding> all = checker.findings(new FindingFilter(ruleCode, person, unit, year));
        List<Finding> shown = all.stream()
                .skip((long) page * size)
                .limit(size)
                .map(this::finding)
                .toList();
        return new FindingsPage(page, size, all.size(), shown);
    }

    private Finding finding(DetectedFinding found) {
        // the same JSON form whether the finding was stored or computed now: dates as ISO strings
        Map<String, Object> facts = json.convertValue(found.facts(), FACTS);
        Locale locale = LocaleContextHolder.getLocale();
        // facts as a reader reads them, as the career rules write them; a promotion granted against a career rule
        // says that rule's own sentence
        Map<String, Object> arguments = new LinkedHashMap<>();
        facts.forEach((name, value) -> arguments.put(name, FactText.of(value, locale)));
        CareerRule.byCode(found.ruleCode().name())
                .ifPresent(rule -> arguments.put("rule", rule.clause(facts, locale)));
        return new Finding(found.ruleCode().name(), problems.message(found.ruleCode().messageKey(),
                found.ruleCode().name(), arguments), found.nips(), found.unit(), found.eventIds(), facts);
    }
}
