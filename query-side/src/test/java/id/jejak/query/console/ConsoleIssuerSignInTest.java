package id.jejak.query.console;

import id.jejak.platform.security.DemoUsers;
import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in jwt mode signs in at the issuer (OpenID Connect, authorisation code with PKCE), over real HTTP with
 * cookies and no redirect followed on its own: the browser's part is played step by step, the issuer's by
 * {@link FakeIssuer}. The user is read from the access token as the API reads it.
 */
@QuerySideTest
@DirtiesContext
class ConsoleIssuerSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final FakeIssuer ISSUER = FakeIssuer.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void jwtModeWithTheIssuer(DynamicPropertyRegistry properties) {
        properties.add("jejak.security.mode", () -> "jwt");
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::uri);
        String registration = "spring.security.oauth2.client.registration.jejak.";
        properties.add(registration + "client-id", () -> FakeIssuer.CLIENT_ID);
        properties.add(registration + "client-authentication-method", () -> "none");
        properties.add(registration + "authorization-grant-type", () -> "authorization_code");
        properties.add(registration + "scope", () -> "openid");
        properties.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add("spring.security.oauth2.client.provider.jejak.issuer-uri", ISSUER::uri);
    }

    @AfterAll
    static void stopTheIssuer() {
        ISSUER.close();
    }

    @Test
    void aUserSignedInAtTheIssuerReadsTheConsoleInTheRoleTheirAccessTokenGives() throws Exception {
        HttpClient browser = browser();

        var console = send(browser, "GET", "/console", null);
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(location(console).getPath()).isEqualTo("/login");
        String login = send(browser, "GET", "/login", null).body();
        assertThat(login).contains("href=\"/oauth2/authorization/jejak\"", ISSUER.uri())
                .doesNotContain("name=\"password\"");

        var signedIn = signIn(browser, Map.of("preferred_username", "siti.auditor", "roles", List.of("auditor")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn).getPath()).isEqualTo("/console");

        var home = send(browser, "GET", "/console", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<span id=\"signed-in\">siti.auditor</span>", "Auditor");
        assertThat(send(browser, "GET", "/console/ledger", null).statusCode()).as("an auditor's page").isEqualTo(200);
        assertThat(send(browser, "GET", "/console/projections", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theRoleFromTheAccessTokenRefusesWhatItDoesNotOpen() throws Exception {
        HttpClient browser = browser();

        signIn(browser, Map.of("preferred_username", "rina", "roles", List.of("INSPECTOR")));

        assertThat(send(browser, "GET", "/console/findings", null).statusCode()).isEqualTo(200);
        assertThat(send(browser, "GET", "/console/ledger", null).statusCode()).isEqualTo(403);
    }

    @Test
    void anEmployeeSignedInAtTheIssuerGoesToTheirOwnRecord() throws Exception {
        HttpClient browser = browser();

        signIn(browser, Map.of("preferred_username", "budi", "roles", List.of("EMPLOYEE"),
                "nip", DemoUsers.EMPLOYEE_NIP));

        var home = send(browser, "GET", "/console", null);
        assertThat(location(home).getPath()).isEqualTo("/console/people/" + DemoUsers.EMPLOYEE_NIP);
    }

    @Test
    void aSignInAtAnIssuerThatIsNotConfiguredLeadsBackToTheSignInPage() throws Exception {
        HttpClient browser = browser();

        var unknown = send(browser, "GET", "/oauth2/authorization/elsewhere", null);
        var known = send(browser, "GET", "/oauth2/authorization/jejak", null);

        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(location(unknown).getPath()).isEqualTo("/login");
        assertThat(known.statusCode()).isEqualTo(302);
        assertThat(location(known).toString()).startsWith(ISSUER.uri());
    }

    @Test
    void aTokenWithoutAJejakRoleIsSentBackToSignInWithTheReasonInBothLanguages() throws Exception {
        HttpClient browser = browser();

        var refused = signIn(browser, Map.of("preferred_username", "someone", "roles", List.of("offline_access")));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused).getPath()).isEqualTo("/login");
        assertThat(location(refused).getQuery()).isEqualTo("error");
        assertThat(send(browser, "GET", "/login?error", null).body())
                .contains("tidak membawa tepat satu peran Jejak");
        assertThat(send(browser, "GET", "/login?error&lang=en", null).body())
                .contains("does not carry exactly one Jejak role");
        assertThat(send(browser, "GET", "/console", null).statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void signingOutOfTheConsoleSignsOutAtTheIssuerAndComesBackToSignIn() throws Exception {
        HttpClient browser = browser();
        signIn(browser, Map.of("preferred_username", "siti.auditor", "roles", List.of("AUDITOR")));
        Matcher csrf = CSRF.matcher(send(browser, "GET", "/console", null).body());
        assertThat(csrf.find()).as("the sign-out form carries a CSRF token").isTrue();

        var signedOut = send(browser, "POST", "/logout", csrf.group(1));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        URI atIssuer = location(signedOut);
        assertThat(atIssuer.toString()).startsWith(ISSUER.uri() + "/logout?");
        var parameters = UriComponentsBuilder.fromUri(atIssuer).build().getQueryParams();
        assertThat(parameters.getFirst("id_token_hint")).isNotBlank();
        assertThat(decoded(parameters.getFirst("post_logout_redirect_uri"))).isEqualTo(base() + "/login?logout");
        assertThat(send(browser, "GET", "/console", null).statusCode()).as("signed out here too").isEqualTo(302);
    }

    /**
     * The code flow as a browser goes through it: the console sends it to the issuer with a state and a nonce; the
     * issuer, once the user signed in there, sends it back with a code, which the console trades for the tokens.
     */
    private HttpResponse<String> signIn(HttpClient browser, Map<String, Object> accessToken)
            throws IOException, InterruptedException {
        var toIssuer = send(browser, "GET", "/oauth2/authorization/jejak", null);
        assertThat(toIssuer.statusCode()).isEqualTo(302);
        URI authorize = location(toIssuer);
        assertThat(authorize.toString()).startsWith(ISSUER.uri() + "/authorize?");
        var request = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
        assertThat(request.getFirst("code_challenge")).as("PKCE, as for any public client").isNotBlank();
        assertThat(decoded(request.getFirst("redirect_uri"))).isEqualTo(base() + "/login/oauth2/code/jejak");

        ISSUER.willIssue(accessToken, decoded(request.getFirst("nonce")));
        return send(browser, "GET", "/login/oauth2/code/jejak?code=" + FakeIssuer.CODE + "&state="
                + request.getFirst("state"), null);
    }

    private HttpResponse<String> send(HttpClient browser, String method, String path, String csrf)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + path));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(
                    HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI location(HttpResponse<?> response) {
        return URI.create(base()).resolve(response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect: " + response.statusCode())));
    }

    private static String decoded(String parameter) {
        return URLDecoder.decode(parameter, StandardCharsets.UTF_8);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
