package id.jejak.query.console;

import id.jejak.platform.security.DemoUsers;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.security.Role;
import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's chain, over HTTP without a browser: every page has a line in its table, refuses every role the line
 * does not name, sends a signed-out browser to the sign-in form, and refuses a form posted without its CSRF token;
 * the API beside it stays stateless.
 */
@QuerySideTest
class ConsoleSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Pages any signed-in user may open: the way in, and the refusal page itself. */
    private static final List<String> OPEN_TO_ALL = List.of("/", "/login", "/console", "/console/denied");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyConsolePageHasALineInTheTableAndRefusesEveryRoleItDoesNotName() throws Exception {
        AntPathMatcher paths = new AntPathMatcher();
        List<String> pages = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream())
                .filter(path -> path.startsWith("/console") && !OPEN_TO_ALL.contains(path))
                .distinct().toList();
        assertThat(pages).contains("/console/people/{nip}", "/console/trail.csv", "/console/ledger",
                "/console/projections/{projection}/rebuild");

        int refused = 0;
        for (Role role : Role.values()) {
            HttpClient browser = signedIn(user(role));
            for (String page : pages) {
                String path = page.replace("{nip}", DemoUsers.EMPLOYEE_NIP).replace("{projection}", "nothing");
                ConsoleSecurity.Rule rule = ConsoleSecurity.RULES.stream()
                        .filter(line -> paths.match(line.path(), path)).findFirst().orElseThrow(() ->
                                new AssertionError(page + " has no line in ConsoleSecurity.RULES"));
                if (!rule.roles().contains(role)) {
                    var response = send(browser, rule.method().name(), path, csrf(browser));
                    assertThat(response.statusCode()).as("%s %s as %s", rule.method(), path, role).isEqualTo(403);
                    refused++;
                }
            }
        }
        assertThat(refused).isGreaterThan(20);
    }

    @Test
    void aSignedOutBrowserIsSentToTheSignInFormAndTheRootToTheConsole() throws Exception {
        HttpClient browser = browser();

        assertThat(send(browser, "GET", "/console/trail", null).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        var root = send(signedIn("auditor"), "GET", "/", null);
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/console"));
    }

    @Test
    void inDemoModeTheSignInPageIsTheFormAndAWrongPasswordIsSaidSo() throws Exception {
        HttpClient browser = browser();
        String page = send(browser, "GET", "/login", null).body();
        assertThat(page).contains("name=\"password\"").doesNotContain("/oauth2/authorization/");

        String body = "username=auditor&password=wrong&_csrf="
                + URLEncoder.encode(csrf(browser), StandardCharsets.UTF_8);
        var refused = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?error"));
        assertThat(send(browser, "GET", "/login?error", null).body()).contains("Nama pengguna atau kata sandi salah");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndWithItIsTaken() throws Exception {
        HttpClient admin = signedIn("admin");

        assertThat(send(admin, "POST", "/console/projections/career-history/rebuild", null).statusCode())
                .isEqualTo(403);
        assertThat(send(admin, "POST", "/console/projections/nothing/rebuild", csrf(admin)).statusCode())
                .as("past the token, an unknown projection is not found").isEqualTo(404);
    }

    @Test
    void theApiBesideTheConsoleStaysStatelessAndKeepsItsProblemAnswers() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/decision-trail"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(send(browser(), "GET", "/api/v1/decision-trail", null).statusCode()).isEqualTo(401);
    }

    private HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient browser = browser();
        String body = "username=" + user + "&password=" + DemoUsers.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf(browser), StandardCharsets.UTF_8);
        var response = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).as("signed in as " + user)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/console"));
        return browser;
    }

    /** A token from the sign-in form, as a page's form would carry it. */
    private String csrf(HttpClient browser) throws IOException, InterruptedException {
        String page = send(browser, "GET", "/login", null).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpClient browser, String method, String path, String csrf)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + path));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(
                    HttpRequest.BodyPublishers.ofString(csrf == null ? "" : "_csrf="
                            + URLEncoder.encode(csrf, StandardCharsets.UTF_8)));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static String user(Role role) {
        return DemoUsers.USERS.stream().filter(user -> user.role() == role).map(JejakUser::id).findFirst()
                .orElseThrow();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
