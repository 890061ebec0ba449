package id.jejak.command.civilservant;

import id.jejak.command.development.PersonRecords;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.performance.Predicate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@Component
class DevelopmentPersonRecords implements PersonRecords {

    private final Repository<CivilServant> civilServants;

    DevelopmentPersonRecords(Repository<CivilServant> civilServants) {
        this.civilServants = civilServants;
    }

    @Override
    public Optional<Predicate> evaluationPredicate(Nip nip, UUID evaluationId) {
        return read(nip, record -> record.performance().predicateOf(evaluationId));
    }

    @Override
    public Optional<Boolean> coachingClosed(Nip nip, UUID coachingId) {
        return read(nip, record -> record.performance().coachingClosed(coachingId));
    }

    @Override
    public boolean trainingCompleted(Nip nip, UUID trainingId) {
        return read(nip, record -> record.trainings().completed(trainingId));
    }

    private <T> T read(Nip nip, Function<CivilServant, T> question) {
        try {
            return civilServants.load(nip.value()).invoke(question);
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "CIVIL_SERVANT_NOT_FOUND",
                    "no civil servant with this NIP is registered", Map.of("nip", nip.value()));
        }
    }
}
