package id.jejak.query.development;

import id.jejak.career.training.LessonHoursObligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A unit's annual development plan against its realisation: every version and its decision, the items of the version
 * in force with what was carried out, the totals, and who would stay under the 20-JP obligation if the rest of the
 * plan were not carried out.
 *
 * @param versionInForce the latest approved version; null while none is approved
 * @param atRisk         the people of the plan who have earned under 20 JP this year so far, whatever the source
 */
record PlanReport(String unit, int year, Integer versionInForce, List<PlanVersion> versions,
                  List<ItemRealisation> items, PlanTotals totals, List<PlannedPerson> atRisk) {

    record PlanVersion(int version, Integer amendsVersion, String status, String reason, String proposedBy,
                       String decidedBy, LocalDate decidedOn) {
    }

    /**
     * @param plannedJp   the JP each of its people is to earn by it
     * @param realised    how many of its people carried it out
     * @param done        every person it names carried it out
     * @param earnedJp    the JP its realisations earned
     * @param actualCost  the realisations' costs, as far as recorded
     * @param followUp    the follow-up decided for the programme that carried out this item's line in an earlier
     *                    year; null when there is none
     */
    record ItemRealisation(UUID itemId, String title, String category, String form, String route, int quarter,
                           int plannedJp, String partner, BigDecimal estimatedCost, List<UUID> needIds, int people,
                           int realised, boolean done, int earnedJp, BigDecimal actualCost,
                           CarriedFollowUp followUp) {
    }

    /**
     * A programme's follow-up decision an item carries.
     *
     * @param fromYear          the year of the plan whose item of the same line the programme carried out
     * @param decision          {@code CONTINUE}, {@code REVISE_CURRICULUM} or {@code STOP}
     * @param curriculumChanges what changes, when the curriculum is revised
     */
    record CarriedFollowUp(UUID programmeId, String programmeTitle, int fromYear, String decision,
                           String curriculumChanges, LocalDate decidedOn) {
    }

    /**
     * @param remainingJp the planned JP of the items not yet carried out for them
     * @param covered     at least one item was carried out for them
     * @param earnedJp    every JP they earned in the year, in or outside the plan
     * @param reachesObligationWithThePlan whether the rest of the plan brings them to 20 JP
     */
    record PlannedPerson(String nip, int plannedJp, int remainingJp, boolean covered, int earnedJp,
                         boolean reachesObligationWithThePlan) {

        static PlannedPerson of(String nip, int plannedJp, int remainingJp, boolean covered, int earnedJp) {
            return new PlannedPerson(nip, plannedJp, remainingJp, covered, earnedJp,
                    earnedJp + remainingJp >= LessonHoursObligation.REQUIRED_PER_YEAR);
        }

        boolean missesObligationWithoutTheRest() {
            return LessonHoursObligation.shortfall(earnedJp) > 0;
        }
    }

    /**
     * @param plannedJp the planned JP of every item times its people
     * @param earnedJp  the JP the realisations earned
     */
    record PlanTotals(int items, int itemsDone, int plannedJp, int earnedJp, int people, int peopleCovered,
                      BigDecimal estimatedCost, BigDecimal actualCost) {

        static final PlanTotals NONE = new PlanTotals(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        static PlanTotals of(List<ItemRealisation> items, List<PlannedPerson> people) {
            return new PlanTotals(items.size(), (int) items.stream().filter(ItemRealisation::done).count(),
                    items.stream().mapToInt(item -> item.plannedJp() * item.people()).sum(),
                    items.stream().mapToInt(ItemRealisation::earnedJp).sum(), people.size(),
                    (int) people.stream().filter(PlannedPerson::covered).count(),
                    items.stream().map(ItemRealisation::estimatedCost).filter(Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                    items.stream().map(ItemRealisation::actualCost).filter(Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }
}
