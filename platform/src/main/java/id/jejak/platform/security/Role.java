package id.jejak.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do in Jejak. One role per account: separating who records, who decides and who checks is the
 * point, so an account that could do two of these would defeat it.
 */
public enum Role {
    /** Records decisions and proposes promotions and heavy sanctions, for the units they serve. */
    HR_OFFICER,
    /** Grants or rejects proposals and imposes sanctions (the PPK or the official the PPK delegates to). */
    APPROVING_OFFICIAL,
    /** Reads everything, exports, replays and verifies; writes no decision. */
    AUDITOR,
    /** Reads decision trails, findings and histories; writes nothing. */
    INSPECTOR,
    /** Reads their own profile and history only. */
    EMPLOYEE,
    /** Runs the system: projection rebuilds and the access log; takes no decision about anyone. */
    ADMIN;

    /** The authority Spring Security checks with {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * The role a token names, read leniently because issuers spell roles their own way: {@code hr_officer},
     * {@code HR-OFFICER} and {@code ROLE_HR_OFFICER} are all HR officers. Anything else is no Jejak role.
     */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalised.startsWith("ROLE_")) {
            normalised = normalised.substring("ROLE_".length());
        }
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
