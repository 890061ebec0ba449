package id.jejak.command.programme;

import id.jejak.command.development.ProgrammeRecords;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

@Component
class ProgrammeAttendance implements ProgrammeRecords {

    private final Repository<Programme> programmes;

    ProgrammeAttendance(Repository<Programme> programmes) {
        this.programmes = programmes;
    }

    @Override
    public boolean attended(UUID programmeId, Nip nip) {
        try {
            return programmes.load(programmeId.toString()).invoke(programme -> programme.attended(nip));
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Refusal.NOT_FOUND, "PROGRAMME_NOT_FOUND", "no such programme exists",
                    Map.of("programmeId", programmeId));
        }
    }
}
