package id.jejak.command.workunit;

import id.jejak.kernel.workunit.OrganisationPredicate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param correctedEventId the id of the latest event deciding the year, as its record or correction answered it
 * @param reason           why the predicate is corrected, kept with the event
 * @param authority        who decided the correction, e.g. the decree that corrects it
 */
record CorrectOrganisationPerformanceRequest(
        @NotNull OrganisationPredicate predicate,
        @NotBlank @Size(max = 100) String correctedEventId,
        @NotBlank @Size(max = 2000) String reason,
        @NotBlank @Size(max = 300) String authority) {
}
