package id.jejak.command.development;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads each need's record (never changing it) in the plan command's unit of work. */
@Component
class RecordedNeeds implements NeedRegister {

    private final Repository<DevelopmentNeed> needs;

    RecordedNeeds(Repository<DevelopmentNeed> needs) {
        this.needs = needs;
    }

    @Override
    public List<Nip> requireAnswerable(UUID needId, UnitCode planUnit) {
        try {
            return needs.load(needId.toString()).invoke(need -> need.requireAnswerableBy(planUnit));
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "NEED_NOT_FOUND", "no such development need is recorded",
                    Map.of("needId", needId));
        }
    }
}
