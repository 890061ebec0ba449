package id.jejak.kernel.programme;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;

import java.time.LocalDate;
import java.util.UUID;

/** A participant rated a programme, from 1 (poor) to 5 (excellent), on the evaluation date. */
public record ProgrammeEvaluatedByParticipant(
        UUID programmeId,
        Nip nip,
        int rating,
        String comments,
        LocalDate evaluatedOn) implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return evaluatedOn;
    }
}
