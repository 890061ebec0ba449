package id.jejak.command.workunit;

import id.jejak.command.development.UnitRecords;
import id.jejak.kernel.workunit.SatisfactionIndex;
import id.jejak.kernel.workunit.UnitCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class UnitSatisfaction implements UnitRecords {

    private final Repository<WorkUnit> units;

    UnitSatisfaction(Repository<WorkUnit> units) {
        this.units = units;
    }

    /** A unit with no record yet has no survey either. */
    @Override
    public Optional<SatisfactionIndex> satisfactionIndex(UnitCode unit, String period) {
        try {
            return units.load(unit.value()).invoke(record -> record.satisfactionIndex(period));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
