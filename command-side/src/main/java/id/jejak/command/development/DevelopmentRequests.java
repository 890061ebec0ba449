package id.jejak.command.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentKind;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.development.PlanItem;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the development cycle's commands, each bound strictly to its own record. */
final class DevelopmentRequests {

    private DevelopmentRequests() {
    }

    /**
     * @param nips         the people the need is theirs; none for a whole unit's need (citizen satisfaction)
     * @param sourceId     the evaluation or the coaching it rests on
     * @param period       the survey period of a citizen satisfaction need ({@code 2025}, {@code 2025-S1})
     * @param identifiedOn today when absent
     */
    record IdentifyNeedRequest(
            @NotBlank @Size(max = 40) String unit,
            @Size(max = 500) List<@NotNull Nip> nips,
            @NotNull NeedSource source,
            UUID sourceId,
            @Size(max = 7) String period,
            CompetencyCategory category,
            @Size(max = 200) String competency,
            @Min(1) @Max(5) Integer currentLevel,
            @Min(1) @Max(5) Integer requiredLevel,
            @NotBlank @Size(max = 2000) String description,
            @PastOrPresent LocalDate identifiedOn,
            @Size(max = 2000) String reason) {
    }

    /** A civil servant's own proposal, for their head of unit; the NIP is the signed-in employee's. */
    record ProposeNeedRequest(
            @NotBlank @Size(max = 40) String unit,
            @NotNull CompetencyCategory category,
            @NotBlank @Size(max = 200) String competency,
            @NotBlank @Size(max = 2000) String description,
            @PastOrPresent LocalDate proposedOn,
            @Size(max = 2000) String reason) {
    }

    record EndorseNeedRequest(@NotNull @PastOrPresent LocalDate endorsedOn, @Size(max = 2000) String reason) {
    }

    record RefuseNeedRequest(@PastOrPresent LocalDate refusedOn, @NotBlank @Size(max = 2000) String grounds,
                             @Size(max = 2000) String reason) {
    }

    /** @param developmentId the training's id (on the person's record) or the programme's id */
    record CloseNeedRequest(@NotNull Nip nip, @NotNull DevelopmentKind kind, @NotNull UUID developmentId,
                            @Size(max = 2000) String reason) {
    }

    /**
     * @param itemId             kept by an amendment for an item it keeps; a new item's is made when absent
     * @param plannedLessonHours the JP each of its people earns by it
     * @param estimatedCost      rupiah, for all its people
     */
    record PlanItemRequest(
            UUID itemId,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> needIds,
            @NotEmpty @Size(max = 500) List<@NotNull Nip> nips,
            @NotNull CompetencyCategory category,
            @NotNull TrainingKind form,
            @NotBlank @Size(max = 300) String title,
            @NotNull LessonHours plannedLessonHours,
            @Size(max = 200) String partnerInstitution,
            @NotNull @Min(1) @Max(4) Integer quarter,
            @PositiveOrZero BigDecimal estimatedCost) {

        PlanItem toItem() {
            return new PlanItem(itemId == null ? UUID.randomUUID() : itemId, needIds, nips, category, form,
                    title.trim(), plannedLessonHours, partnerInstitution == null || partnerInstitution.isBlank()
                    ? null : partnerInstitution.trim(), quarter, estimatedCost);
        }
    }

    record ProposePlanRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid PlanItemRequest> items,
                              @Size(max = 2000) String reason) {
    }

    record AmendPlanRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid PlanItemRequest> items,
                            @NotBlank @Size(max = 2000) String reason) {
    }

    record ApprovePlanRequest(@NotNull @PastOrPresent LocalDate approvedOn, @Size(max = 2000) String reason) {
    }

    record RejectPlanRequest(@PastOrPresent LocalDate rejectedOn, @NotBlank @Size(max = 2000) String grounds,
                             @Size(max = 2000) String reason) {
    }

    /** @param cost the actual cost in rupiah, if known */
    record RealisePlanItemRequest(@NotNull UUID itemId, @NotNull Nip nip, @NotNull DevelopmentKind kind,
                                  @NotNull UUID developmentId, @PositiveOrZero BigDecimal cost,
                                  @Size(max = 2000) String reason) {
    }
}
