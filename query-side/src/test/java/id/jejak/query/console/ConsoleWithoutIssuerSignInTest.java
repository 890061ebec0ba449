package id.jejak.query.console;

import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jwt mode with an issuer's keys for the API but no client registration for the console: nobody can sign in to the
 * console, and its sign-in page says so rather than failing.
 */
@QuerySideTest
@DirtiesContext
@TestPropertySource(properties = {"jejak.security.mode=jwt",
        // read only when a bearer token comes, which none does here
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks"})
class ConsoleWithoutIssuerSignInTest {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageSaysConsoleSignInIsNotConfiguredAndOffersNoForm() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        var console = browser.send(get("/console"), HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(URI.create(location).getPath()).isEqualTo("/login"));
        var login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Masuk ke konsol belum dikonfigurasi")
                .doesNotContain("name=\"password\"", "/oauth2/authorization/");
        assertThat(browser.send(get("/login?lang=en"), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Console sign-in is not configured");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }
}
