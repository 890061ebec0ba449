package id.jejak.command.development;

import id.jejak.command.development.DevelopmentRequests.AmendPlanRequest;
import id.jejak.command.development.DevelopmentRequests.ApprovePlanRequest;
import id.jejak.command.development.DevelopmentRequests.PlanItemRequest;
import id.jejak.command.development.DevelopmentRequests.ProposePlanRequest;
import id.jejak.command.development.DevelopmentRequests.RealisePlanItemRequest;
import id.jejak.command.development.DevelopmentRequests.RejectPlanRequest;
import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.development.AmendDevelopmentPlan;
import id.jejak.kernel.development.ApproveDevelopmentPlan;
import id.jejak.kernel.development.DevelopmentPlanId;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.development.ProposeDevelopmentPlan;
import id.jejak.kernel.development.RecordPlanRealisation;
import id.jejak.kernel.development.RejectDevelopmentPlan;
import id.jejak.kernel.workunit.UnitCode;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A unit's annual development plan, named by its unit code and year. */
@RestController
@RequestMapping("/api/v1/development-plans/{unit}/{year}")
class DevelopmentPlanController {

    record DevelopmentPlanRecorded(String unit, int year) {
    }

    private final CommandDispatcher commands;
    private final Clock clock;

    DevelopmentPlanController(CommandDispatcher commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<DevelopmentPlanRecorded> propose(@PathVariable String unit, @PathVariable int year,
                                                @Valid @RequestBody ProposePlanRequest request,
                                                CommandContext context) {
        DevelopmentPlanId planId = new DevelopmentPlanId(UnitCode.of(unit), year);
        commands.dispatch(new ProposeDevelopmentPlan(planId, items(request.items())), context, request.reason());
        return created(planId);
    }

    @PostMapping("/amendments")
    ResponseEntity<DevelopmentPlanRecorded> amend(@PathVariable String unit, @PathVariable int year,
                                              @Valid @RequestBody AmendPlanRequest request, CommandContext context) {
        DevelopmentPlanId planId = new DevelopmentPlanId(UnitCode.of(unit), year);
        dispatch(planId, new AmendDevelopmentPlan(planId, items(request.items()), request.reason().trim()), context,
                request.reason());
        return created(planId);
    }

    @PostMapping("/approval")
    ResponseEntity<DevelopmentPlanRecorded> approve(@PathVariable String unit, @PathVariable int year,
                                                @Valid @RequestBody ApprovePlanRequest request,
                                                CommandContext context) {
        DevelopmentPlanId planId = new DevelopmentPlanId(UnitCode.of(unit), year);
        dispatch(planId, new ApproveDevelopmentPlan(planId, request.approvedOn()), context,
                request.reason());
        return created(planId);
    }

    @PostMapping("/rejection")
    ResponseEntity<DevelopmentPlanRecorded> reject(@PathVariable String unit, @PathVariable int year,
                                               @Valid @RequestBody RejectPlanRequest request,
                                               CommandContext context) {
        DevelopmentPlanId planId = new DevelopmentPlanId(UnitCode.of(unit), year);
        dispatch(planId, new RejectDevelopmentPlan(planId, orToday(request.rejectedOn()), request.grounds().trim()),
                context, request.reason());
        return created(planId);
    }

    @PostMapping("/realisations")
    ResponseEntity<DevelopmentPlanRecorded> realise(@PathVariable String unit, @PathVariable int year,
                                                @Valid @RequestBody RealisePlanItemRequest request,
                                                CommandContext context) {
        DevelopmentPlanId planId = new DevelopmentPlanId(UnitCode.of(unit), year);
        dispatch(planId, new RecordPlanRealisation(planId, request.itemId(), request.nip(), request.kind(),
                request.developmentId(), request.cost()), context, request.reason());
        return created(planId);
    }

    /** Axon's not-found names no aggregate type; the plan is named in the path, so the refusal names it. */
    private void dispatch(DevelopmentPlanId planId, Object command, CommandContext context, String reason) {
        try {
            commands.dispatch(command, context, reason);
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "PLAN_NOT_FOUND", "no plan of this unit and year is proposed",
                    Map.of("unit", planId.unit().value(), "year", planId.year()));
        }
    }

    private static List<PlanItem> items(List<PlanItemRequest> requests) {
        return requests.stream().map(PlanItemRequest::toItem).toList();
    }

    private static ResponseEntity<DevelopmentPlanRecorded> created(DevelopmentPlanId planId) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new DevelopmentPlanRecorded(planId.unit().value(), planId.year()));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
