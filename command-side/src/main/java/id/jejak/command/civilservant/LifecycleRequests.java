package id.jejak.command.civilservant;

import id.jejak.command.dispatch.DecreeRequest;
import id.jejak.kernel.civilservant.Education;
import id.jejak.kernel.civilservant.PositionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The bodies of the lifecycle decisions on a civil servant's record. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record Confirmation(@NotNull LocalDate effectiveDate, @NotNull @Valid DecreeRequest decree,
                        @Size(max = 2000) String reason) {
    }

    /** @param reason why: required, since a correction changes what was recorded */
    record IdentityCorrection(@NotBlank @Size(max = 200) String fullName, @NotNull LocalDate effectiveDate,
                              @NotNull @Valid DecreeRequest decree, @NotBlank @Size(max = 2000) String reason) {
    }

    record EducationRecord(@NotNull Education education, @NotBlank @Size(max = 200) String institution,
                           @NotNull @PastOrPresent LocalDate graduatedOn, @Size(max = 2000) String reason) {
    }

    record Placement(@NotNull PositionKind kind, @NotBlank @Size(max = 200) String title,
                     @NotBlank @Size(max = 200) String workUnit, @NotNull LocalDate effectiveDate,
                     @NotNull @Valid DecreeRequest decree, @Size(max = 2000) String reason) {
    }

    /** Retirement, or dismissal when {@code honourable} says how. */
    record Ending(@NotNull LocalDate effectiveDate, @NotNull @Valid DecreeRequest decree, Boolean honourable,
                  @Size(max = 2000) String reason) {
    }
}
