package id.jejak.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo users run only in the embedded default; the token mode needs an issuer to trust. */
class SecurityModeGuardTest {

    private static final String EMBEDDED = "jdbc:postgresql://localhost:54321/postgres?user=postgres";

    @Test
    void demoUsersStartInTheEmbeddedDefault() {
        assertThatCode(() -> SecurityModeGuard.check(new MockEnvironment())).doesNotThrowAnyException();
        assertThatCode(() -> SecurityModeGuard.check(new MockEnvironment()
                .withProperty("spring.datasource.url", EMBEDDED)
                .withProperty("jejak.embedded-postgres.url", EMBEDDED))).doesNotThrowAnyException();
    }

    @Test
    void demoUsersRefuseToStartWhenAProfileIsActive() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("axonserver");

        assertThatThrownBy(() -> SecurityModeGuard.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo users")
                .hasMessageContaining("[axonserver]")
                .hasMessageContaining("jejak.security.mode=jwt");
    }

    @Test
    void demoUsersRefuseToStartOnADatabaseOfItsOwnWithoutRepeatingItsUrl() {
        String configured = "jdbc:postgresql://db.example:5432/jejak?password=secret";

        assertThatThrownBy(() -> SecurityModeGuard.check(new MockEnvironment()
                .withProperty("spring.datasource.url", configured)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded PostgreSQL")
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("secret", "db.example"));
    }

    @Test
    void theTokenModeNeedsAnIssuer() {
        assertThatThrownBy(() -> SecurityModeGuard.check(new MockEnvironment()
                .withProperty("jejak.security.mode", "jwt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("issuer-uri");
        assertThatCode(() -> SecurityModeGuard.check(new MockEnvironment()
                .withProperty("jejak.security.mode", "JWT")
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://sso.example/realms/bkpsdm")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/jejak")))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThatThrownBy(() -> SecurityModeGuard.check(new MockEnvironment()
                .withProperty("jejak.security.mode", "none")))
                .hasMessageContaining("'demo' or 'jwt'");
    }
}
