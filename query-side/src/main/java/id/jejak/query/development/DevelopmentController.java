package id.jejak.query.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.Role;
import id.jejak.query.web.ForbiddenRead;
import id.jejak.query.web.InvalidParameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The development cycle's reports: a unit's plan against its realisation, one person's development in a year, and a
 * unit's needs. They join the JP the reports projection keeps, so both projections must be serving.
 */
@RestController
@RequestMapping("/api/v1/reports")
class DevelopmentController {

    private static final Set<String> NEED_STATUSES = Set.of("PROPOSED", "REFUSED", "OPEN", "CLOSED");

    private final DevelopmentReports reports;

    DevelopmentController(DevelopmentReports reports) {
        this.reports = reports;
    }

    @GetMapping("/development-plan")
    PlanReport plan(@RequestParam String unit, @RequestParam @Min(2000) @Max(2100) int year) {
        return reports.plan(readableUnit(unit), year);
    }

    @GetMapping("/development-plan/people/{nip}")
    PersonPlanReport person(@PathVariable String nip, @RequestParam @Min(2000) @Max(2100) int year) {
        return reports.person(Nip.of(nip).value(), year);
    }

    /** A unit's needs, optionally of one status: {@code PROPOSED}, {@code REFUSED}, {@code OPEN}, {@code CLOSED}. */
    @GetMapping("/development-needs")
    List<DevelopmentReports.NeedView> needs(@RequestParam String unit, @RequestParam(required = false) String status) {
        if (status != null && !NEED_STATUSES.contains(status)) {
            throw new InvalidParameter("PARAMETER_INVALID", "{status} is not a need's status", "status",
                    Map.of("status", status, "allowed", String.join(", ", NEED_STATUSES)));
        }
        return reports.needs(readableUnit(unit), status);
    }

    /**
     * The unit's code, if the reader may read about it: an HR officer bound to units reads the plans and needs of
     * those only, matched as the command side matches them when the same officer proposes a plan.
     */
    private static String readableUnit(String unit) {
        String code = UnitCode.of(unit).value();
        JejakUser reader = JejakUser.current().orElseThrow();
        if (reader.has(Role.HR_OFFICER) && !reader.actsFor(code)) {
            throw new ForbiddenRead("OUTSIDE_ACTOR_UNITS", "this HR officer does not act for the unit {unit}",
                    Map.of("unit", code, "actorUnits", reader.units().stream().sorted().toList()));
        }
        return code;
    }
}
