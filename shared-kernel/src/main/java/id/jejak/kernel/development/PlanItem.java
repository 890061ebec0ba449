package id.jejak.kernel.development;

import id.jejak.kernel.InvalidValueException;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One item of an annual development plan: the needs it answers, who takes it, the category, the form (its route
 * follows from the form: {@link DevelopmentRoute#of}), the JP each person earns by it, the partner institution, the
 * quarter it is planned in, and its estimated cost in rupiah for all its people.
 */
public record PlanItem(
        UUID itemId,
        List<UUID> needIds,
        List<Nip> nips,
        CompetencyCategory category,
        TrainingKind form,
        String title,
        LessonHours plannedLessonHours,
        String partnerInstitution,
        int quarter,
        BigDecimal estimatedCost) {

    public PlanItem {
        needIds = needIds == null ? List.of() : List.copyOf(needIds);
        nips = nips == null ? List.of() : List.copyOf(nips);
        if (needIds.isEmpty()) {
            throw new InvalidValueException("PLAN_ITEM_NEEDS_REQUIRED", "a plan item answers at least one need",
                    Map.of("itemId", String.valueOf(itemId)));
        }
        if (nips.isEmpty()) {
            throw new InvalidValueException("PLAN_ITEM_PEOPLE_REQUIRED", "a plan item names who takes it",
                    Map.of("itemId", String.valueOf(itemId)));
        }
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValueException("PLAN_ITEM_QUARTER_INVALID", "a plan item's quarter is 1 to 4",
                    Map.of("quarter", quarter));
        }
        if (estimatedCost != null && estimatedCost.signum() < 0) {
            throw new InvalidValueException("PLAN_ITEM_COST_NEGATIVE", "a plan item's estimated cost is not negative",
                    Map.of("estimatedCost", estimatedCost));
        }
    }
}
