package id.jejak.query.findings;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules the findings checker re-derives from history, each a decision an inspectorate would flag. The command
 * side refuses most of these decisions already; the checker exists for those that reached the store some other way
 * (a migration, a bug, a direct write) and for obligations nobody's command can enforce (coaching, 20 JP, the curve).
 */
public enum RuleCode {
    /** A promotion with a TMT less than four years after the rank before it was held from. */
    PROMOTION_MIN_YEARS_IN_RANK,
    /** A promotion without a Baik-or-better annual predicate in each of the two years before its TMT year. */
    PROMOTION_PREDICATES_BELOW_BAIK,
    /** A promotion whose TMT fell while a disciplinary sanction was in force. */
    PROMOTION_SANCTION_IN_FORCE,
    /** A promotion approved (or recorded) by whoever proposed it: four eyes were two. */
    PROMOTION_APPROVED_BY_PROPOSER,
    /** An annual predicate below Baik with no coaching plan recorded within the allowed days of its recording. */
    COACHING_NOT_PLANNED,
    /** A civil servant with fewer than 20 lesson hours (JP) in a closed year of service. */
    UNDER_20_JP,
    /** A unit whose staff's annual predicates of a year break the curve its organisation predicate sets. */
    DISTRIBUTION_CURVE_BROKEN,
    /** A decision by decree recorded more than the tolerated number of days after its effective date (TMT). */
    BACKDATED_DECISION,
    /** A correction naming another correction as the event it corrects. */
    CORRECTION_OF_CORRECTION,
    /** A unit with staff whose development plan for a year was not approved by the configured day of that year. */
    DEVELOPMENT_PLAN_NOT_APPROVED,
    /** A development need neither met nor refused within the configured period after it was identified. */
    DEVELOPMENT_NEED_UNANSWERED,
    /** An annual predicate below Baik followed by no development action for the person within the allowed days. */
    UNDER_PERFORMER_WITHOUT_DEVELOPMENT,
    /** An item of a year's plan in force that was never realised for some of its people once the year ended. */
    PLAN_ITEM_NOT_REALISED;

    /** The rules read from the development projection's tables as well as the findings projection's. */
    static final Set<RuleCode> DEVELOPMENT_RULES = EnumSet.of(DEVELOPMENT_PLAN_NOT_APPROVED,
            DEVELOPMENT_NEED_UNANSWERED, UNDER_PERFORMER_WITHOUT_DEVELOPMENT, PLAN_ITEM_NOT_REALISED);

    /** The rules decided per person when one of their events arrives, and stored. */
    static final Set<RuleCode> PROMOTION_RULES = EnumSet.of(PROMOTION_MIN_YEARS_IN_RANK,
            PROMOTION_PREDICATES_BELOW_BAIK, PROMOTION_SANCTION_IN_FORCE, PROMOTION_APPROVED_BY_PROPOSER);

    /** The rules whose findings the projection stores; the others are computed when asked, from today and config. */
    static final Set<RuleCode> STORED = EnumSet.of(PROMOTION_MIN_YEARS_IN_RANK, PROMOTION_PREDICATES_BELOW_BAIK,
            PROMOTION_SANCTION_IN_FORCE, PROMOTION_APPROVED_BY_PROPOSER, CORRECTION_OF_CORRECTION);

    /** The key of the rule's text in the {@code messages/findings} bundle. */
    String messageKey() {
        return "finding." + name();
    }
}
