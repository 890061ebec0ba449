package id.jejak.query.findings;

import id.jejak.career.promotion.RegularPromotion;
import id.jejak.kernel.performance.Predicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Regular promotion (PP 99/2000 jo PP 12/2002, PP 94/2021), checked again from the person's history alone: the
 * promotion event's own {@code eligibility} and {@code approvedBy} are what whoever wrote it claimed, so they are
 * not trusted. Depends on nothing but the person's own record, so it is decided when their events arrive.
 */
final class PromotionRules {

    private PromotionRules() {
    }

    /** Every finding about the person's promotions that are not revoked. */
    static List<DetectedFinding> check(PersonHistory history) {
        List<DetectedFinding> findings = new ArrayList<>();
        for (PersonHistory.Promotion promotion : history.promotionsInForce()) {
            String unit = history.unitOn(promotion.effectiveDate());
            minimumYearsInRank(history, promotion, unit, findings);
            predicates(history, promotion, unit, findings);
            sanctions(history, promotion, unit, findings);
            fourEyes(history, promotion, unit, findings);
        }
        return findings;
    }

    private static void minimumYearsInRank(PersonHistory history, PersonHistory.Promotion promotion, String unit,
                                           List<DetectedFinding> findings) {
        history.rankBefore(promotion).ifPresent(rank -> RegularPromotion.minimumYearsInRank(rank.since(),
                promotion.effectiveDate()).ifPresent(failure -> {
                    Map<String, Object> facts = facts(promotion);
                    facts.put("rank", rank.rank());
                    facts.put("rankSince", rank.since());
                    facts.put("eligibleFrom", failure.facts().get("eligibleFrom"));
                    findings.add(finding(RuleCode.PROMOTION_MIN_YEARS_IN_RANK, history, promotion, unit,
                            List.of(promotion.eventId(), rank.eventId()), facts));
                }));
    }

    /** The two years before the TMT year, each needing an annual predicate of Baik or better. */
    private static void predicates(PersonHistory history, PersonHistory.Promotion promotion, String unit,
                                   List<DetectedFinding> findings) {
        Map<Integer, Predicate> predicates = new HashMap<>();
        List<String> eventIds = new ArrayList<>(List.of(promotion.eventId()));
        for (int year : RegularPromotion.predicatesConsidered(Map.of(), promotion.effectiveDate()).keySet()) {
            history.annualEvaluation(year).ifPresent(found -> {
                predicates.put(year, found.predicate());
                eventIds.add(found.current().eventId());
            });
        }
        RegularPromotion.predicatesAtLeastBaik(predicates, promotion.effectiveDate()).ifPresent(failure -> {
            Map<String, Object> facts = facts(promotion);
            facts.put("annualPredicates", failure.facts().get("annualPredicates"));
            findings.add(finding(RuleCode.PROMOTION_PREDICATES_BELOW_BAIK, history, promotion, unit, eventIds, facts));
        });
    }

    private static void sanctions(PersonHistory history, PersonHistory.Promotion promotion, String unit,
                                  List<DetectedFinding> findings) {
        List<PersonHistory.Sanction> inForce = history.sanctionsInForceOn(promotion.effectiveDate());
        if (inForce.isEmpty()) {
            return;
        }
        PersonHistory.Sanction first = inForce.get(0);
        Map<String, Object> facts = facts(promotion);
        facts.put("sanctionType", first.type());
        facts.put("sanctionFrom", first.from());
        facts.put("sanctionEndsOn", first.endsOn());
        // whoever granted it could have known only of sanctions already recorded
        facts.put("sanctionRecordedBeforeGrant", first.globalIndex() < promotion.globalIndex());
        facts.put("sanctionIds", inForce.stream().map(sanction -> sanction.sanctionId().toString()).toList());
        List<String> eventIds = new ArrayList<>(List.of(promotion.eventId()));
        inForce.forEach(sanction -> eventIds.add(sanction.eventId()));
        findings.add(finding(RuleCode.PROMOTION_SANCTION_IN_FORCE, history, promotion, unit, eventIds, facts));
    }

    /**
     * Four eyes: whoever proposed (by the proposal's own record, and by the grant's account) must be neither the
     * approver the grant names nor the actor who recorded it.
     */
    private static void fourEyes(PersonHistory history, PersonHistory.Promotion promotion, String unit,
                                 List<DetectedFinding> findings) {
        var proposal = history.proposals().stream()
                .filter(candidate -> candidate.proposalId().equals(promotion.proposalId()))
                .findFirst();
        Set<String> proposers = new LinkedHashSet<>();
        proposal.map(PersonHistory.Proposal::proposedBy).ifPresent(proposers::add);
        proposers.add(promotion.proposedBy());
        proposers.remove(null);
        Set<String> approvers = new LinkedHashSet<>();
        approvers.add(promotion.approvedBy());
        approvers.add(promotion.recordedBy());
        approvers.remove(null);
        String both = proposers.stream().filter(approvers::contains).findFirst().orElse(null);
        if (both == null) {
            return;
        }
        Map<String, Object> facts = facts(promotion);
        facts.put("proposedBy", both);
        facts.put("approvedBy", Objects.requireNonNullElse(promotion.approvedBy(), "-"));
        facts.put("recordedBy", Objects.requireNonNullElse(promotion.recordedBy(), "-"));
        List<String> eventIds = new ArrayList<>(List.of(promotion.eventId()));
        proposal.ifPresent(found -> eventIds.add(found.eventId()));
        findings.add(finding(RuleCode.PROMOTION_APPROVED_BY_PROPOSER, history, promotion, unit, eventIds, facts));
    }

    private static Map<String, Object> facts(PersonHistory.Promotion promotion) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("year", promotion.effectiveDate().getYear());
        facts.put("effectiveDate", promotion.effectiveDate());
        facts.put("fromRank", Objects.requireNonNullElse(promotion.fromRank(), "-"));
        facts.put("toRank", Objects.requireNonNullElse(promotion.toRank(), "-"));
        return facts;
    }

    private static DetectedFinding finding(RuleCode rule, PersonHistory history, PersonHistory.Promotion promotion,
                                           String unit, List<String> eventIds, Map<String, Object> facts) {
        return new DetectedFinding(rule, promotion.eventId(), List.of(history.nip()), unit,
                promotion.effectiveDate().getYear(), eventIds, facts);
    }
}
