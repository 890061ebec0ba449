package id.jejak.command.workunit;

import id.jejak.kernel.workunit.OrganisationPredicate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param decreeNumber the number of the decree (SK) that set the predicate, dated {@code decreeDate} */
record RecordOrganisationPerformanceRequest(
        @NotNull @Positive Integer year,
        @NotNull OrganisationPredicate predicate,
        @NotBlank @Size(max = 100) String decreeNumber,
        @NotNull @PastOrPresent LocalDate decreeDate,
        @Size(max = 2000) String reason) {
}
