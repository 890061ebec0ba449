package id.jejak.command.dispatch;

import id.jejak.command.rules.Refusal;
import id.jejak.command.rules.RuleViolation;
import id.jejak.kernel.EventMetadata;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.Role;
import org.axonframework.messaging.MetaData;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units a command's actor may decide about, as the dispatcher put them in the command's metadata. HR officers
 * are bound to theirs; approving officials decide for the whole agency (the PPK, or the official the PPK delegates
 * to, signs for every unit). A command without an actor's role comes from inside the system, never from HTTP (the
 * dispatcher always sets it), and is not bound.
 */
public record ActorScope(Role role, Set<String> units) {

    /** Command metadata only: the units the actor acts for; events do not carry it. */
    public static final String ACTOR_UNITS = "actorUnits";

    public static ActorScope of(MetaData metadata) {
        Role role = Role.named(String.valueOf(metadata.get(EventMetadata.ACTOR_ROLE))).orElse(null);
        Object units = metadata.get(ACTOR_UNITS);
        return new ActorScope(role, units instanceof Collection<?> names
                ? Set.copyOf(names.stream().map(String::valueOf).toList()) : Set.of());
    }

    /** The units as metadata carries them: a plain list, which every serializer keeps as it is. */
    static List<String> metadataValue(Set<String> units) {
        return units.stream().sorted().toList();
    }

    public boolean covers(String unit) {
        return role != Role.HR_OFFICER || JejakUser.actsFor(units, unit);
    }

    /** Refuses (403) a decision about someone in a unit the actor does not act for. */
    public void requireCovers(String unit, Nip nip) {
        requireCovers(unit, "nip", nip.value());
    }

    /**
     * Refuses (403) a fact about a work unit's own record that the actor does not act for. The code is matched as a
     * unit's name is, regardless of case, as reports meet a person's unit with a unit's record: an officer acting for
     * "Dinkes" acts for {@code DINKES}, one acting for "Dinas Kesehatan" does not, since a code is no name to guess.
     */
    public void requireCovers(UnitCode unit) {
        requireCovers(unit.value(), "unit", unit.value());
    }

    private void requireCovers(String unit, String subjectKey, String subject) {
        if (!covers(unit)) {
            throw new RuleViolation(Refusal.FORBIDDEN, "OUTSIDE_ACTOR_UNITS",
                    "this HR officer does not act for the work unit this decision concerns",
                    Map.of(subjectKey, subject, "actorUnits", units.stream().sorted().toList()));
        }
    }
}
