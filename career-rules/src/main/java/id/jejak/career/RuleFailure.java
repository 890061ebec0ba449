package id.jejak.career;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One rule a decision fails, with the facts that fail it, in the order the rule names them. */
public record RuleFailure(CareerRule rule, Map<String, Object> facts) {

    public RuleFailure {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public String code() {
        return rule.name();
    }

    public String message(Locale locale) {
        return rule.message(facts, locale);
    }

    /** A sentence per failed rule, the facts of all of them filling each: what a refusal's reader is told. */
    public static String explain(List<CareerRule> failed, Map<String, ?> facts, Locale locale) {
        return failed.stream().map(rule -> rule.message(facts, locale) + ".").collect(Collectors.joining(" "));
    }

    /** Facts in the order given; an absent value is written {@code -}, as every caller has shown it. */
    public static Map<String, Object> facts(Object... namesAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? FactText.NONE : namesAndValues[i + 1]);
        }
        return facts;
    }
}
