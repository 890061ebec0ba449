package id.jejak.platform.security;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user as Jejak sees them, whichever way they signed in (a demo user's password, an issuer's token,
 * or the console's sign-in at the issuer).
 *
 * @param id    who they are: what every event they cause records as its actor
 * @param role  the one role they act in
 * @param nip   their own NIP, for an employee reading their own record; null for accounts that are no civil servant
 * @param units the work units they act for (an HR officer's); {@value #WHOLE_AGENCY} for the whole agency
 */
public record JejakUser(String id, Role role, String nip, Set<String> units) implements AuthenticatedPrincipal {

    /** The unit that stands for every unit of the agency. */
    public static final String WHOLE_AGENCY = "*";

    public JejakUser {
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    @Override
    public String getName() {
        return id;
    }

    /** What Spring Security checks: the user's one role, whichever way they signed in. */
    public List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public boolean has(Role role) {
        return this.role == role;
    }

    /** Whether they act for this unit: it is one of theirs, by name regardless of case and spacing, or they act for all. */
    public boolean actsFor(String unit) {
        return actsFor(units, unit);
    }

    /** Whether units of someone's include this one, or the whole agency. */
    public static boolean actsFor(java.util.Collection<String> units, String unit) {
        if (units.contains(WHOLE_AGENCY)) {
            return true;
        }
        String wanted = normalised(unit);
        return unit != null && units.stream().anyMatch(own -> normalised(own).equals(wanted));
    }

    static String normalised(String unit) {
        return unit == null ? "" : unit.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The user of an authentication, if it is one of Jejak's. */
    public static Optional<JejakUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof JejakUser user) {
            return Optional.of(user);
        }
        if (principal instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    /** The user of the request being handled, if it was authenticated. */
    public static Optional<JejakUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
