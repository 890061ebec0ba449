package id.jejak.command.workunit;

import id.jejak.command.dispatch.CommandContext;
import id.jejak.command.dispatch.CommandDispatcher;
import id.jejak.kernel.Decree;
import id.jejak.kernel.workunit.CorrectOrganisationPerformance;
import id.jejak.kernel.workunit.RecordCitizenSatisfaction;
import id.jejak.kernel.workunit.RecordOrganisationPerformance;
import id.jejak.kernel.workunit.UnitCode;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/** Facts about a work unit; the first one recorded starts the unit's record. */
@RestController
@RequestMapping("/api/v1/work-units/{unit}")
class WorkUnitController {

    record CitizenSatisfactionRecorded(String unit, int year, String period) {
    }

    /** @param eventId the recorded event, which a correction names */
    record OrganisationPerformanceRecorded(String unit, int year, String eventId) {
    }

    private final CommandDispatcher commands;

    WorkUnitController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/citizen-satisfaction")
    ResponseEntity<CitizenSatisfactionRecorded> recordCitizenSatisfaction(
            @PathVariable String unit, @Valid @RequestBody RecordCitizenSatisfactionRequest request,
            CommandContext context) {
        var command = new RecordCitizenSatisfaction(UnitCode.of(unit), request.year(), request.period(),
                request.index(), request.grade(), request.respondents());
        commands.dispatch(command, context, request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CitizenSatisfactionRecorded(
                command.unit().value(), command.year(), command.period()));
    }

    /** Answers the recorded event's id, which a correction names. */
    @PostMapping("/organisation-performance")
    ResponseEntity<OrganisationPerformanceRecorded> recordOrganisationPerformance(
            @PathVariable String unit, @Valid @RequestBody RecordOrganisationPerformanceRequest request,
            CommandContext context) {
        UnitCode workUnit = UnitCode.of(unit);
        var command = new RecordOrganisationPerformance(workUnit, request.year(), request.predicate(),
                request.decreeNumber().trim(), request.decreeDate());
        String eventId = commands.dispatch(command, context, request.reason(),
                new Decree(command.decreeNumber(), command.decreeDate()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new OrganisationPerformanceRecorded(workUnit.value(), request.year(), eventId));
    }

    /** Answers the correcting event's id, which a further correction names. */
    @PostMapping("/organisation-performance/{year}/corrections")
    ResponseEntity<OrganisationPerformanceRecorded> correctOrganisationPerformance(
            @PathVariable String unit, @PathVariable int year,
            @Valid @RequestBody CorrectOrganisationPerformanceRequest request, CommandContext context) {
        UnitCode workUnit = UnitCode.of(unit);
        String eventId = commands.dispatch(new CorrectOrganisationPerformance(workUnit, year, request.predicate(),
                request.correctedEventId().trim(), request.reason().trim(), request.authority().trim()), context,
                request.reason());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new OrganisationPerformanceRecorded(workUnit.value(), year, eventId));
    }
}
