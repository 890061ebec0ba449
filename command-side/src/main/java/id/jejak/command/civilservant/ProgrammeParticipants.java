package id.jejak.command.civilservant;

import id.jejak.command.dispatch.ActorScope;
import id.jejak.command.programme.ParticipantEligibility;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Answers a programme's question from the civil servant's record, loaded in the programme command's unit of work.
 * The record is read, never changed, so each decision stays one event in the programme's stream.
 */
@Component
class ProgrammeParticipants implements ParticipantEligibility {

    private final Repository<CivilServant> civilServants;

    ProgrammeParticipants(Repository<CivilServant> civilServants) {
        this.civilServants = civilServants;
    }

    @Override
    public void requireMayTakePart(Nip nip, MetaData command) {
        try {
            civilServants.load(nip.value()).execute(record -> record.requireMayTakePart(ActorScope.of(command)));
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "CIVIL_SERVANT_NOT_FOUND",
                    "no civil servant with this NIP is registered", Map.of("nip", nip.value()));
        }
    }
}
