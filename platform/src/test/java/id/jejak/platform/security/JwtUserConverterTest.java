package id.jejak.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user an issuer's token describes, from configurable claims (Keycloak's nested ones too). */
class JwtUserConverterTest {

    private final JwtUserConverter defaults = new JwtUserConverter(
            new JejakSecurityProperties.Jwt("roles", "nip", "units", "preferred_username"));

    @Test
    void theUserComesFromTheConfiguredClaims() {
        JejakUser user = defaults.user(Map.of("sub", "8d1c", "preferred_username", "siti.hr",
                "roles", List.of("offline_access", "hr_officer"), "units", List.of("Dinas Kesehatan", "RSUD")));

        assertThat(user).isEqualTo(new JejakUser("siti.hr", Role.HR_OFFICER, null,
                Set.of("Dinas Kesehatan", "RSUD")));
    }

    @Test
    void keycloaksNestedRealmRolesAndAOneUnitTextAreRead() {
        JwtUserConverter keycloak = new JwtUserConverter(
                new JejakSecurityProperties.Jwt("realm_access.roles", "nip", "unit", "preferred_username"));

        JejakUser user = keycloak.user(Map.of("sub", "8d1c", "realm_access",
                Map.of("roles", List.of("default-roles-bkpsdm", "ROLE_HR-OFFICER")),
                "unit", "Dinas Pemuda, Olahraga dan Pariwisata"));

        assertThat(user.role()).isEqualTo(Role.HR_OFFICER);
        assertThat(user.id()).isEqualTo("8d1c");
        assertThat(user.units()).containsExactly("Dinas Pemuda, Olahraga dan Pariwisata");
    }

    @Test
    void anEmployeesNipIsRequiredAndValid() {
        assertThat(defaults.user(Map.of("sub", "budi", "roles", List.of("EMPLOYEE"), "nip", "198609262015051001"))
                .nip()).isEqualTo("198609262015051001");
        assertThatThrownBy(() -> defaults.user(Map.of("sub", "budi", "roles", List.of("EMPLOYEE"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> defaults.user(Map.of("sub", "budi", "roles", List.of("EMPLOYEE"), "nip", "12")))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aTokenWithoutAJejakRoleOrWithTwoIsRefused() {
        assertThatThrownBy(() -> defaults.user(Map.of("sub", "x", "roles", List.of("offline_access"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> defaults.user(Map.of("sub", "x",
                "roles", List.of("HR_OFFICER", "APPROVING_OFFICIAL"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("exactly one");
    }
}
