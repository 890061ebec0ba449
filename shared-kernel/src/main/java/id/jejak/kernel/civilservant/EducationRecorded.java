package id.jejak.kernel.civilservant;

import id.jejak.kernel.CareerEvent;

import java.time.LocalDate;

/** A civil servant's highest education is this one, from the day they graduated. */
public record EducationRecorded(Nip nip, Education education, String institution, LocalDate graduatedOn)
        implements CareerEvent {

    @Override
    public LocalDate effectiveDate() {
        return graduatedOn;
    }
}
