package id.jejak.platform.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Refuses to start a side whose authentication is not safe for where it runs, before anything connects anywhere.
 * The demo users, whose password README prints, exist only for the embedded default: with a Spring profile active or
 * a datasource of its own, a side is a real installation and must authenticate with an issuer's tokens. And the
 * token mode needs an issuer to trust.
 */
public class SecurityModeGuard implements EnvironmentPostProcessor, Ordered {

    static final String MODE = "jejak.security.mode";
    private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    /**
     * After Spring Boot's own processors, which load the configuration and profiles this guard reads, and before the
     * embedded PostgreSQL's, which is unordered and would otherwise start a database for a side about to be refused.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    /**
     * Before the context exists, so before anything connects to a database. The issuer is checked when the security
     * chain is built, since tests may set it only then.
     */
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (mode(environment).equals("demo")) {
            checkDemo(environment);
        }
    }

    static void check(Environment environment) {
        switch (mode(environment)) {
            case "demo" -> checkDemo(environment);
            case "jwt" -> checkJwt(environment);
            default -> throw new IllegalStateException("unreachable");
        }
    }

    private static String mode(Environment environment) {
        String mode = environment.getProperty(MODE, "demo").trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("demo") && !mode.equals("jwt")) {
            throw new IllegalStateException(MODE + " must be 'demo' or 'jwt', not '" + mode + "'");
        }
        return mode;
    }

    private static void checkDemo(Environment environment) {
        String[] profiles = environment.getActiveProfiles();
        if (profiles.length > 0) {
            throw new IllegalStateException("The demo users (" + MODE + "=demo) run only in the embedded default, "
                    + "but Spring profile(s) " + Arrays.toString(profiles) + " are active. Set " + MODE
                    + "=jwt and " + JWT + "issuer-uri (or jwk-set-uri) to authenticate with an issuer's tokens.");
        }
        // Either the embedded server is still to be started (no URL yet) or the URL is the one it was given.
        String datasource = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(datasource)
                && !Objects.equals(datasource, environment.getProperty("jejak.embedded-postgres.url"))) {
            // the URL itself is not repeated: it may carry a password
            throw new IllegalStateException("The demo users (" + MODE + "=demo) run only on the embedded "
                    + "PostgreSQL, but spring.datasource.url names another database. Set " + MODE + "=jwt and "
                    + JWT + "issuer-uri (or jwk-set-uri) to authenticate with an issuer's tokens.");
        }
    }

    static void checkJwt(Environment environment) {
        if (!StringUtils.hasText(environment.getProperty(JWT + "issuer-uri"))
                && !StringUtils.hasText(environment.getProperty(JWT + "jwk-set-uri"))
                && !StringUtils.hasText(environment.getProperty(JWT + "public-key-location"))) {
            throw new IllegalStateException(MODE + "=jwt needs an issuer to trust: set " + JWT
                    + "issuer-uri (or jwk-set-uri, or public-key-location).");
        }
    }
}
