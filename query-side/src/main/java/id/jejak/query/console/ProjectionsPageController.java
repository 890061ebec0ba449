package id.jejak.query.console;

import id.jejak.query.admin.ProjectionRebuilds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The projections: where each stands against the head of the store, and a rebuild's progress and likely end. */
@Controller
class ProjectionsPageController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    /**
     * A projection as the page shows it.
     *
     * @param percent  how far it is through the store
     * @param finishAt when a rebuild under way should end, at the pace it has kept so far; null otherwise
     */
    record Line(ProjectionRebuilds.ProjectionStatus status, int percent, String startedAt, String finishAt) {
    }

    private final ProjectionRebuilds rebuilds;
    private final Clock clock;

    ProjectionsPageController(ProjectionRebuilds rebuilds, Clock clock) {
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    @GetMapping("/console/projections")
    String projections(Model model) {
        Instant now = clock.instant();
        model.addAttribute("lines", rebuilds.statuses().stream().map(status -> line(status, now)).toList());
        return "console/projections";
    }

    /** Starts a rebuild, as the API's POST does, and comes back to the list to follow it. */
    @PostMapping("/console/projections/{projection}/rebuild")
    String rebuild(@PathVariable String projection) {
        rebuilds.rebuild(projection);
        return "redirect:/console/projections";
    }

    private Line line(ProjectionRebuilds.ProjectionStatus status, Instant now) {
        int percent = (int) (status.progress() * 100);
        var rebuild = status.lastRebuild();
        ZoneId zone = clock.getZone();
        String startedAt = rebuild == null || rebuild.startedAt() == null ? null
                : TIME.format(rebuild.startedAt().atZone(zone));
        String finishAt = null;
        if (ProjectionRebuilds.REBUILDING.equals(status.state()) && rebuild != null && rebuild.position() > 0) {
            Duration spent = Duration.between(rebuild.startedAt(), now);
            long remaining = spent.toMillis() * Math.max(0, rebuild.head() - rebuild.position()) / rebuild.position();
            finishAt = TIME.format(now.plusMillis(remaining).atZone(zone));
        }
        return new Line(status, percent, startedAt, finishAt);
    }
}
