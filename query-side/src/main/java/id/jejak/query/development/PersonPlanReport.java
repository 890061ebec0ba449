package id.jejak.query.development;

import java.util.List;
import java.util.UUID;

/**
 * One person's development in a year: the plan items of every unit's plan in force that name them, what they carried
 * out, the JP earned in the year against the obligation, and their needs.
 */
record PersonPlanReport(String nip, int year, int earnedJp, int requiredJp, List<PersonItem> items,
                        List<DevelopmentReports.NeedView> needs) {

    record PersonItem(String unit, UUID itemId, String title, String category, String form, String route,
                      int quarter, int plannedJp, boolean realised, String kind, UUID developmentId, int earnedJp) {
    }
}
