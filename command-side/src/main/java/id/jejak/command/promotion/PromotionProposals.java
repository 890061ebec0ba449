package id.jejak.command.promotion;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.career.RuleFailure;
import id.jejak.career.promotion.PromotionPolicy;
import id.jejak.command.rules.FourEyes;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.promotion.GrantPromotion;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.kernel.promotion.PromotionProposed;
import id.jejak.kernel.promotion.PromotionRejected;
import id.jejak.kernel.promotion.ProposePromotion;
import id.jejak.kernel.promotion.RejectPromotion;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Promotions proposed by HR and decided by an approving official: four eyes, so the proposer never decides, and the
 * rules checked again when granting, since the record may have changed since the proposal.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PromotionProposals {

    private record Proposal(Rank target, LocalDate effectiveDate, String proposedBy, boolean decided) {
    }

    private final Map<UUID, Proposal> proposals = new HashMap<>();

    public PromotionProposed propose(Nip nip, ProposePromotion command, String proposer,
                                     PromotionPolicy.Candidate candidate, PromotionPolicy policy) {
        if (proposals.containsKey(command.proposalId())) {
            throw new RuleViolation(Refusal.CONFLICT, "PROMOTION_ALREADY_PROPOSED", "this proposal is already recorded",
                    Map.of("proposalId", command.proposalId()));
        }
        if (proposals.values().stream().anyMatch(proposal -> !proposal.decided())) {
            throw new RuleViolation(Refusal.CONFLICT, "PROMOTION_PROPOSAL_PENDING",
                    "an earlier promotion proposal awaits its decision", Map.of("nip", nip));
        }
        requireEligible(policy.check(candidate, command.targetRank(), command.effectiveDate()));
        return new PromotionProposed(nip, command.proposalId(), candidate.rank(), command.targetRank(),
                command.effectiveDate(), proposer, policy.eligibility(candidate, command.effectiveDate()));
    }

    public PromotionGranted grant(Nip nip, GrantPromotion command, String approver,
                                  PromotionPolicy.Candidate candidate, PromotionPolicy policy) {
        Proposal proposal = pending(command.proposalId(), approver);
        requireEligible(policy.check(candidate, proposal.target(), proposal.effectiveDate()));
        return new PromotionGranted(nip, command.proposalId(), candidate.rank(), proposal.target(),
                proposal.effectiveDate(), command.decree(), proposal.proposedBy(), approver,
                policy.eligibility(candidate, proposal.effectiveDate()));
    }

    public PromotionRejected reject(Nip nip, RejectPromotion command, String approver) {
        Proposal proposal = pending(command.proposalId(), approver);
        return new PromotionRejected(nip, command.proposalId(), command.effectiveDate(), command.grounds(),
                proposal.proposedBy(), approver);
    }

    public void on(PromotionProposed event) {
        proposals.put(event.proposalId(), new Proposal(event.targetRank(), event.effectiveDate(), event.proposedBy(),
                false));
    }

    public void on(PromotionGranted event) {
        decided(event.proposalId());
    }

    public void on(PromotionRejected event) {
        decided(event.proposalId());
    }

    private void decided(UUID proposalId) {
        proposals.computeIfPresent(proposalId, (id, proposal) ->
                new Proposal(proposal.target(), proposal.effectiveDate(), proposal.proposedBy(), true));
    }

    private Proposal pending(UUID proposalId, String approver) {
        Proposal proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "PROMOTION_PROPOSAL_NOT_FOUND", "no such proposal is recorded",
                    Map.of("proposalId", proposalId));
        }
        if (proposal.decided()) {
            throw new RuleViolation(Refusal.CONFLICT, "PROMOTION_PROPOSAL_ALREADY_DECIDED",
                    "this proposal is already granted or rejected", Map.of("proposalId", proposalId));
        }
        FourEyes.requireNotProposer(proposal.proposedBy(), approver);
        return proposal;
    }

    /**
     * Refuses with the first failed rule's code, and the facts and codes of every rule that failed: the facts of one
     * rule never contradict another's (the ones they share, like the TMT, are the same), so one map holds them all.
     */
    private static void requireEligible(List<RuleFailure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        failures.forEach(failure -> facts.putAll(failure.facts()));
        facts.put(RuleViolation.FAILED_RULES, failures.stream().map(RuleFailure::code).toList());
        throw new RuleViolation(Refusal.REFUSED, failures.get(0).code(),
                "the promotion fails " + failures.size() + " rule(s) of regular promotion", facts);
    }
}
