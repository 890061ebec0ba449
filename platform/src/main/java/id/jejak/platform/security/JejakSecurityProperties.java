package id.jejak.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How users are authenticated.
 *
 * @param mode {@code demo} (the default): the demo users of README, in the embedded default run only;
 *             {@code jwt}: tokens of an OAuth2 issuer such as Keycloak
 * @param jwt  where a token keeps the user's id, role, NIP and units
 * @param demo the demo users' password hashing
 */
@ConfigurationProperties("jejak.security")
public record JejakSecurityProperties(
        @DefaultValue("demo") Mode mode,
        @DefaultValue Jwt jwt,
        @DefaultValue Demo demo) {

    public enum Mode { DEMO, JWT }

    /**
     * Claim names; a dotted name reads a nested claim, as Keycloak's {@code realm_access.roles}.
     *
     * @param userIdClaim the user's id, recorded as the actor of their decisions; {@code sub} when it is absent
     */
    public record Jwt(
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("nip") String nipClaim,
            @DefaultValue("units") String unitsClaim,
            @DefaultValue("preferred_username") String userIdClaim) {
    }

    /**
     * @param passwordCost BCrypt's log rounds for the demo passwords; tests lower it, since they sign in thousands of
     *                     times and each check at the default cost takes tens of milliseconds
     */
    public record Demo(@DefaultValue("10") int passwordCost) {
    }
}
