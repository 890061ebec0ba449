package id.jejak.query.console;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.query.UnknownCivilServant;
import id.jejak.query.history.DecisionKind;
import id.jejak.query.history.RecordedDecisions;
import id.jejak.query.profile.CivilServantProfile;
import id.jejak.query.profile.CivilServantProfileRepository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Finding a person, and a person's timeline with their profile as it stood on a date, as known at a time. */
@Controller
class PeopleController {

    /** The order of a timeline's groups: the decisions a career is made of first. */
    static final List<DecisionKind> GROUPS = List.of(DecisionKind.RANK, DecisionKind.POSITION,
            DecisionKind.PERFORMANCE, DecisionKind.TRAINING, DecisionKind.DISCIPLINE, DecisionKind.AWARD,
            DecisionKind.CORRECTION, DecisionKind.LIFECYCLE);
    /** More than a career of forty years records; a page that long is not read, it is exported. */
    static final int LONGEST_TIMELINE = 2000;

    /** One line of the comparison between the profile as known then and as known now. */
    record Comparison(String label, String then, String now) {

        public boolean differs() {
            return !Objects.equals(then, now);
        }
    }

    /** One person found: who, and where they stand today. */
    record Found(String nip, String fullName, String rank, String position, String workUnit, String status) {
    }

    private final PeopleSearch search;
    private final RecordedDecisions decisions;
    private final CivilServantProfileRepository profiles;
    private final Clock clock;

    PeopleController(PeopleSearch search, RecordedDecisions decisions, CivilServantProfileRepository profiles, Clock clock) {
        this.search = search;
        this.decisions = decisions;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/console/people")
    String people(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            model.addAttribute("found", search.find(q).stream()
                    .flatMap(nip -> profiles.find(nip, today, now).stream())
                    .map(profile -> new Found(profile.nip(), profile.fullName(),
                            profile.rank() == null ? null : profile.rank().code() + " " + profile.rank().title(),
                            profile.position().title(), profile.position().workUnit(), profile.status()))
                    .toList());
            model.addAttribute("most", PeopleSearch.MOST);
        }
        return "console/people";
    }

    /**
     * Every decision in the order recorded, grouped by kind, each correction beside what it corrects; and the
     * profile on {@code asOf} as known at {@code knownAt} (a local time in the agency's zone), against the profile
     * on the same date as known now.
     */
    @GetMapping("/console/people/{nip}")
    String timeline(@PathVariable String nip,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    LocalDateTime knownAt,
                    Model model) {
        Nip person = Nip.of(nip);
        var everything = new RecordedDecisions.Criteria(person.value(), null, null, null, null, null, null, null);
        long total = decisions.count(everything);
        if (total == 0) {
            throw new UnknownCivilServant(person);
        }
        List<DecisionRow> rows = decisions.find(everything, 0, LONGEST_TIMELINE).stream()
                .map(decision -> DecisionRow.of(decision, clock.getZone())).toList();
        Map<DecisionKind, List<DecisionRow>> groups = new LinkedHashMap<>();
        GROUPS.forEach(kind -> {
            List<DecisionRow> ofKind = rows.stream().filter(row -> row.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        });
        Map<String, DecisionRow> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.eventId(), row));

        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        Instant now = clock.instant();
        Instant known = knownAt == null ? now : knownAt.atZone(clock.getZone()).toInstant();
        CivilServantProfile then = profiles.find(person.value(), date, known).orElse(null);
        CivilServantProfile current = profiles.find(person.value(), date, now).orElse(null);

        model.addAttribute("nip", person.value());
        model.addAttribute("total", total);
        model.addAttribute("shown", rows.size());
        model.addAttribute("groups", groups);
        model.addAttribute("byId", byId);
        model.addAttribute("asOf", date);
        model.addAttribute("knownAt", knownAt);
        model.addAttribute("profile", then);
        model.addAttribute("current", current);
        model.addAttribute("comparison", knownAt == null ? List.of() : comparison(then, current));
        return "console/person";
    }

    /** What a later record changed in the answer for the same date: the fields a profile is read for. */
    private static List<Comparison> comparison(CivilServantProfile then, CivilServantProfile now) {
        List<Comparison> lines = new ArrayList<>();
        add(lines, "console.profile.name", then, now, CivilServantProfile::fullName);
        add(lines, "console.profile.status", then, now, CivilServantProfile::status);
        add(lines, "console.profile.rank", then, now,
                profile -> profile.rank() == null ? null : profile.rank().code() + " " + profile.rank().title());
        add(lines, "console.profile.position", then, now, profile -> profile.position().title());
        add(lines, "console.profile.unit", then, now, profile -> profile.position().workUnit());
        add(lines, "console.profile.predicates", then, now, profile -> profile.annualPredicates().stream()
                .map(predicate -> predicate.year() + ": " + predicate.predicate()).toList().toString());
        add(lines, "console.profile.sanctions", then, now, profile -> String.valueOf(profile.activeSanctions().size()));
        add(lines, "console.profile.lessonHours", then, now,
                profile -> profile.lessonHours().earned() + " / " + profile.lessonHours().required() + " JP");
        return lines;
    }

    private static void add(List<Comparison> lines, String label, CivilServantProfile then, CivilServantProfile now,
                            Function<CivilServantProfile, String> field) {
        lines.add(new Comparison(label, then == null ? null : field.apply(then), now == null ? null : field.apply(now)));
    }
}
