package id.jejak.command.discipline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.jejak.career.discipline.Sanction;
import id.jejak.command.correction.RevocableDecisions;
import id.jejak.command.rules.FourEyes;
import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.correction.DecisionRevoked;
import id.jejak.kernel.discipline.HeavySanctionProposed;
import id.jejak.kernel.discipline.HeavySanctionRejected;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.RejectHeavySanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A civil servant's disciplinary sanctions (hukuman disiplin, PP 94/2021) and whether one is in force. A heavy
 * sanction takes four eyes: one official proposes it, another imposes or rejects it; light and medium ones are
 * imposed directly.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class DisciplinaryRecord implements RevocableDecisions {

    /** How long each type may run, in months (PP 94/2021 Pasal 8); 0 for one that has no duration. */
    private static final Map<SanctionType, Set<Integer>> DURATIONS = Map.of(
            SanctionType.ORAL_REPRIMAND, Set.of(0),
            SanctionType.WRITTEN_REPRIMAND, Set.of(0),
            SanctionType.WRITTEN_DISSATISFACTION, Set.of(0),
            SanctionType.ALLOWANCE_CUT, Set.of(6, 9, 12),
            SanctionType.DEMOTION, Set.of(12),
            SanctionType.RELEASE_FROM_POSITION, Set.of(12),
            SanctionType.DISMISSAL, Set.of(0));

    private record Imposed(SanctionType type, LocalDate from, LocalDate endsOn, String eventId, boolean revoked) {
    }

    private record Proposal(SanctionType type, int months, List<Nip> team, String proposedBy, boolean decided) {
    }

    private final Map<UUID, Imposed> sanctions = new HashMap<>();
    private final Map<UUID, Proposal> proposals = new HashMap<>();

    public HeavySanctionProposed propose(Nip nip, ProposeHeavySanction command, String proposer) {
        if (proposals.containsKey(command.proposalId())) {
            throw new RuleViolation(Refusal.CONFLICT, "SANCTION_PROPOSAL_ALREADY_RECORDED",
                    "this proposal is already recorded", Map.of("proposalId", command.proposalId()));
        }
        if (command.type().level() != SanctionLevel.HEAVY) {
            throw new RuleViolation(Refusal.REFUSED, "SANCTION_PROPOSAL_NOT_HEAVY",
                    "only a heavy sanction is proposed; a light or medium one is imposed directly",
                    Map.of("type", command.type()));
        }
        List<Nip> team = requireAllowed(nip, command.type(), command.months(), command.examinationTeam());
        return new HeavySanctionProposed(nip, command.proposalId(), command.type(), command.months(),
                command.effectiveDate(), team, proposer);
    }

    /**
     * Imposes a light or medium sanction directly, or a heavy one that someone other than this actor proposed, as
     * proposed: same type and duration, the proposal's examination team.
     */
    public SanctionImposed impose(Nip nip, ImposeSanction command, String actor) {
        if (sanctions.containsKey(command.sanctionId())) {
            throw new RuleViolation(Refusal.CONFLICT, "SANCTION_ALREADY_IMPOSED", "this sanction is already recorded",
                    Map.of("sanctionId", command.sanctionId()));
        }
        List<Nip> given = command.examinationTeam() == null ? List.of() : List.copyOf(command.examinationTeam());
        Proposal proposal = null;
        if (command.proposalId() != null) {
            proposal = pending(command.proposalId(), actor);
            boolean asProposed = proposal.type() == command.type() && proposal.months() == command.months()
                    && (given.isEmpty() || given.equals(proposal.team()));
            if (!asProposed) {
                throw new RuleViolation(Refusal.REFUSED, "SANCTION_NOT_AS_PROPOSED",
                        "a proposed sanction is imposed as it was proposed: its type, months and examination team",
                        Map.of("proposedType", proposal.type(), "proposedMonths", proposal.months(),
                                "proposalId", command.proposalId()));
            }
            given = proposal.team();
        } else if (command.type().level() == SanctionLevel.HEAVY) {
            throw new RuleViolation(Refusal.REFUSED, "HEAVY_SANCTION_PROPOSAL_REQUIRED",
                    "a heavy sanction is imposed on a proposal made by another official (four eyes)",
                    Map.of("type", command.type()));
        }
        List<Nip> team = requireAllowed(nip, command.type(), command.months(), given);
        return new SanctionImposed(nip, command.sanctionId(), command.type(), command.type().level(),
                command.months(), command.effectiveDate(), command.effectiveDate().plusMonths(command.months()),
                command.decree(), team, command.proposalId(), proposal == null ? null : proposal.proposedBy(),
                proposal == null ? null : actor);
    }

    public HeavySanctionRejected reject(Nip nip, RejectHeavySanction command, String actor) {
        Proposal proposal = pending(command.proposalId(), actor);
        return new HeavySanctionRejected(nip, command.proposalId(), command.effectiveDate(), command.grounds(),
                proposal.proposedBy(), actor);
    }

    private Proposal pending(UUID proposalId, String actor) {
        Proposal proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "SANCTION_PROPOSAL_NOT_FOUND",
                    "no such sanction proposal is recorded", Map.of("proposalId", proposalId));
        }
        if (proposal.decided()) {
            throw new RuleViolation(Refusal.CONFLICT, "SANCTION_PROPOSAL_ALREADY_DECIDED",
                    "this sanction proposal is already imposed or rejected", Map.of("proposalId", proposalId));
        }
        FourEyes.requireNotProposer(proposal.proposedBy(), actor);
        return proposal;
    }

    /** The duration its type allows, the examination team a heavy one needs, and nobody examining themselves. */
    private static List<Nip> requireAllowed(Nip nip, SanctionType type, int months, List<Nip> examinationTeam) {
        Set<Integer> allowed = DURATIONS.get(type);
        if (!allowed.contains(months)) {
            throw new RuleViolation(Refusal.REFUSED, "SANCTION_DURATION_NOT_ALLOWED",
                    "this type of sanction cannot run for that many months", Map.of("type", type,
                    "months", months, "allowedMonths", allowed.stream().sorted().toList()));
        }
        List<Nip> team = examinationTeam == null ? List.of() : List.copyOf(examinationTeam);
        if (type.level() == SanctionLevel.HEAVY && team.isEmpty()) {
            throw new RuleViolation(Refusal.REFUSED, "EXAMINATION_TEAM_REQUIRED",
                    "a heavy sanction needs the examination team (Tim Pemeriksa) that examined the case",
                    Map.of("type", type));
        }
        if (team.contains(nip)) {
            throw new RuleViolation(Refusal.REFUSED, "EXAMINER_IS_EXAMINED",
                    "nobody may sit on the team that examines them", Map.of("nip", nip));
        }
        return team;
    }

    public SanctionRevoked revoke(Nip nip, RevokeSanction command) {
        Imposed sanction = sanctions.get(command.sanctionId());
        if (sanction == null) {
            throw new RuleViolation(Refusal.NOT_FOUND, "SANCTION_NOT_FOUND", "no such sanction is recorded",
                    Map.of("sanctionId", command.sanctionId()));
        }
        if (sanction.revoked()) {
            throw new RuleViolation(Refusal.CONFLICT, "SANCTION_ALREADY_REVOKED", "this sanction is already revoked",
                    Map.of("sanctionId", command.sanctionId()));
        }
        return new SanctionRevoked(nip, command.sanctionId(), command.effectiveDate(), command.authority(),
                command.decree());
    }

    /** The sanctions that stand, neither revoked on appeal nor as a decision; the rules say which is in force. */
    public List<Sanction> standing() {
        return sanctions.entrySet().stream().filter(entry -> !entry.getValue().revoked())
                .map(entry -> new Sanction(entry.getKey(), entry.getValue().type(),
                        entry.getValue().from(), entry.getValue().endsOn()))
                .toList();
    }

    public SanctionType typeOf(UUID sanctionId) {
        Imposed sanction = sanctions.get(sanctionId);
        return sanction == null ? null : sanction.type();
    }

    /** The dismissal sanction not revoked, if there is one. */
    public Optional<UUID> standingDismissal() {
        return sanctions.entrySet().stream()
                .filter(entry -> entry.getValue().type() == SanctionType.DISMISSAL && !entry.getValue().revoked())
                .map(Map.Entry::getKey).findFirst();
    }

    public boolean dismissalRecordedBy(String eventId) {
        return sanctions.values().stream().anyMatch(sanction -> sanction.eventId().equals(eventId)
                && sanction.type() == SanctionType.DISMISSAL && !sanction.revoked());
    }

    @Override
    public Optional<String> revocable(String eventId) {
        return sanctions.values().stream().anyMatch(sanction -> sanction.eventId().equals(eventId))
                ? Optional.of(SanctionImposed.class.getSimpleName()) : Optional.empty();
    }

    public void on(HeavySanctionProposed event) {
        proposals.put(event.proposalId(), new Proposal(event.type(), event.months(),
                event.examinationTeam() == null ? List.of() : List.copyOf(event.examinationTeam()),
                event.proposedBy(), false));
    }

    public void on(HeavySanctionRejected event) {
        decided(event.proposalId());
    }

    public void on(SanctionImposed event, String eventId) {
        Sanction sanction = Sanction.imposed(event.sanctionId(), event.type(), event.effectiveDate(), event.months(),
                event.endsOn());
        sanctions.put(event.sanctionId(), new Imposed(event.type(), event.effectiveDate(), sanction.endsOn(),
                eventId, false));
        if (event.proposalId() != null) {
            decided(event.proposalId());
        }
    }

    private void decided(UUID proposalId) {
        proposals.computeIfPresent(proposalId, (id, proposal) -> new Proposal(proposal.type(), proposal.months(),
                proposal.team(), proposal.proposedBy(), true));
    }

    public void on(SanctionRevoked event) {
        sanctions.computeIfPresent(event.sanctionId(),
                (id, sanction) -> new Imposed(sanction.type(), sanction.from(), sanction.endsOn(), sanction.eventId(), true));
    }

    /** A sanction revoked as a decision counts as never imposed, like one revoked on appeal. */
    public void on(DecisionRevoked event) {
        sanctions.replaceAll((id, sanction) -> sanction.eventId().equals(event.revokedEventId())
                ? new Imposed(sanction.type(), sanction.from(), sanction.endsOn(), sanction.eventId(), true) : sanction);
    }
}
