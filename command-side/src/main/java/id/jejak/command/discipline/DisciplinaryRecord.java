package id.jejak.command.discipline;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.RevokeSanction;
import id.jejak.kernel.discipline.SanctionImposed;
import id.jejak.kernel.discipline.SanctionLevel;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A civil servant's disciplinary sanctions (hukuman disiplin, PP 94/2021) and whether one is in force. */
public final class DisciplinaryRecord {

    /** How long each type may run, in months (PP 94/2021 Pasal 8); 0 for one that has no duration. */
    private static final Map<SanctionType, Set<Integer>> DURATIONS = Map.of(
            SanctionType.ORAL_REPRIMAND, Set.of(0),
            SanctionType.WRITTEN_REPRIMAND, Set.of(0),
            SanctionType.WRITTEN_DISSATISFACTION, Set.of(0),
            SanctionType.ALLOWANCE_CUT, Set.of(6, 9, 12),
            SanctionType.DEMOTION, Set.of(12),
            SanctionType.RELEASE_FROM_POSITION, Set.of(12),
            SanctionType.DISMISSAL, Set.of(0));

    private record Sanction(SanctionType type, LocalDate from, LocalDate endsOn, String eventId, boolean revoked) {

        boolean inForceOn(LocalDate date) {
            return !revoked && !date.isBefore(from) && date.isBefore(endsOn);
        }
    }

    private final Map<UUID, Sanction> sanctions = new HashMap<>();

    public SanctionImposed impose(Nip nip, ImposeSanction command) {
        if (sanctions.containsKey(command.sanctionId())) {
            throw new RuleViolation(Refusal.CONFLICT, "SANCTION_ALREADY_IMPOSED", "this sanction is already recorded",
                    Map.of("sanctionId", command.sanctionId()));
        }
        Set<Integer> allowed = DURATIONS.get(command.type());
        if (!allowed.contains(command.months())) {
            throw new RuleViolation(Refusal.REFUSED, "SANCTION_DURATION_NOT_ALLOWED",
                    "this type of sanction cannot run for that many months", Map.of("type", command.type(),
                    "months", command.months(), "allowedMonths", allowed.stream().sorted().toList()));
        }
        List<Nip> team = command.examinationTeam() == null ? List.of() : List.copyOf(command.examinationTeam());
        if (command.type().level() == SanctionLevel.HEAVY && team.isEmpty()) {
            throw new RuleViolation(Refusal.REFUSED, "EXAMINATION_TEAM_REQUIRED",
                    "a heavy sanction needs the examination team (Tim Pemeriksa) that examined the case",
                    Map.of("type", command.type()));
        }
        if (team.contains(nip)) {
            throw new RuleViolation(Refusal.REFUSED, "EXAMINER_IS_EXAMINED",
                    "nobody may sit on the team that examines them", Map.of("nip", nip));
        }
        return new SanctionImposed(nip, command.sanctionId(), command.type(), command.type().level(),
                command.months(), command.effectiveDate(), command.effectiveDate().plusMonths(command.months()),
                command.decree(), team);
    }

    public SanctionRevoked revoke(Nip nip, RevokeSanction command) {
        Sanction sanction = sanctions.get(command.sanctionId());
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

    /** Whether a sanction runs on that date: from its effective date until the day before it ends, unless revoked. */
    public boolean inForceOn(LocalDate date) {
        return sanctions.values().stream().anyMatch(sanction -> sanction.inForceOn(date));
    }

    public SanctionType typeOf(UUID sanctionId) {
        Sanction sanction = sanctions.get(sanctionId);
        return sanction == null ? null : sanction.type();
    }

    public boolean dismissalRecordedBy(String eventId) {
        return sanctions.values().stream().anyMatch(sanction -> sanction.eventId().equals(eventId)
                && sanction.type() == SanctionType.DISMISSAL && !sanction.revoked());
    }

    public boolean recordedBy(String eventId) {
        return sanctions.values().stream().anyMatch(sanction -> sanction.eventId().equals(eventId));
    }

    public void on(SanctionImposed event, String eventId) {
        sanctions.put(event.sanctionId(), new Sanction(event.type(), event.effectiveDate(), event.endsOn(), eventId, false));
    }

    public void on(SanctionRevoked event) {
        sanctions.computeIfPresent(event.sanctionId(),
                (id, sanction) -> new Sanction(sanction.type(), sanction.from(), sanction.endsOn(), sanction.eventId(), true));
    }

    /** A sanction revoked as a decision counts as never imposed, like one revoked on appeal. */
    public void revoke(String eventId) {
        sanctions.replaceAll((id, sanction) -> sanction.eventId().equals(eventId)
                ? new Sanction(sanction.type(), sanction.from(), sanction.endsOn(), sanction.eventId(), true) : sanction);
    }
}
