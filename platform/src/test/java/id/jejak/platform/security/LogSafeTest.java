package id.jejak.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A log line names the path with NIPs masked and who asked — never a password, token or forged line. */
class LogSafeTest {

    @Test
    void nipsInThePathAreMasked() {
        var request = new MockHttpServletRequest("GET", "/api/v1/civil-servants/198609262015051001/history");

        assertThat(LogSafe.request(request)).isEqualTo("GET /api/v1/civil-servants/{nip}/history");
    }

    @Test
    void aFailedSignInNamesTheUserButNeverThePassword() {
        var request = new MockHttpServletRequest("POST", "/api/v1/civil-servants");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("hr:hunter2".getBytes(StandardCharsets.UTF_8)));

        assertThat(LogSafe.requester(request)).isEqualTo("'hr'").doesNotContain("hunter2");
    }

    @Test
    void aUserNamedByTheirNipIsLoggedWithTheNipMasked() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/civil-servants");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("198609262015051001:secret".getBytes(StandardCharsets.UTF_8)));

        assertThat(LogSafe.requester(request)).isEqualTo("'{nip}'");
    }

    @Test
    void aNameThatWouldForgeALogLineIsDefused() {
        var request = new MockHttpServletRequest("POST", "/x");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("hr\nINFO fake line:pw".getBytes(StandardCharsets.UTF_8)));

        assertThat(LogSafe.requester(request)).doesNotContain("\n").isEqualTo("'hr?INFO?fake?line'");
    }

    @Test
    void aTokenIsNeverRepeated() {
        var request = new MockHttpServletRequest("GET", "/x");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.secret.signature");

        assertThat(LogSafe.requester(request)).isEqualTo("(bearer token)");
    }
}
