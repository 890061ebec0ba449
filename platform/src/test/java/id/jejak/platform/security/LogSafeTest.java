package id.jejak.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A log line names the path with NIPs masked and who asked — never a password, token or forged line. */
class LogSafeTest {

    @Test
    void nipsInThePathAreMasked() {
        var request = new MockHttpServletRequest("GET", "/api/v1/civil-servants/198609262015051001/history");

        assertThat(LogSafe.request(request)).isEqualTo("GET /api/v1/civil-servants/{nip}/history");
    }

    @Test
    void aDatabaseErrorLosesTheValuesItQuotes() {
        String driver = "Batch entry 0 INSERT INTO eventstore.domain_event_entry (payload) VALUES "
                + "(('\\x7b2266756c6c4e616d65223a224275646920')) was aborted: ERROR: duplicate key value violates "
                + "unique constraint \"uk\"  Detail: Key (aggregate_identifier, sequence_number)="
                + "(198609262015051001, 0) already exists.";

        String masked = LogSafe.text(driver);

        assertThat(masked).doesNotContain("198609262015051001", "7b2266756c6c", "INSERT")
                .contains("Batch entry 0 (statement) was aborted", "Key (aggregate_identifier, sequence_number)=(…)");
    }

    @Test
    void aPayloadInAMessageIsMaskedButAHashStaysReadable() {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        String masked = LogSafe.text("Event {\"nip\":\"199001012015011001\",\"fullName\":\"Siti Aminah\"} "
                + "hashed " + hash + " for aggregate 199001012015011001");

        assertThat(masked).doesNotContain("Siti", "199001012015011001").contains(hash, "{nip}");
    }

    @Test
    void aLineIsMaskedExactlyAsTheExpressionsAloneMaskIt() {
        // pieces at and either side of each expression's edges: 17 to 19 digits, 15 to 16 hex digits after \\x,
        // 79 to 81 without, quoted keys, objects and batch entries, whole and broken
        List<String> pieces = List.of("1".repeat(17), "2".repeat(18), "3".repeat(19), "\\x" + "a".repeat(15),
                "\\x" + "B".repeat(16), "f".repeat(79), "0".repeat(80), "e".repeat(81), "Key (nip)=(1, 2)", ")=(",
                "{\"name\":\"Siti\"}", "{ \"a\"", "{x}", "Batch entry 7 INSERT x was aborted", "Batch entry x",
                " ", "-", "x", "\n", "é", "GET /api/v1/civil-servants/{nip}/history 200 4 ms");
        SplittableRandom random = new SplittableRandom(19);
        for (int line = 0; line < 20_000; line++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(1, 8); piece > 0; piece--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertThat(LogSafe.text(text.toString())).as(text.toString()).isEqualTo(byTheExpressionsAlone(text.toString()));
        }
    }

    /** {@link LogSafe#text}'s expressions, each applied to every line, as before each was tried only where it can match. */
    private static String byTheExpressionsAlone(String text) {
        String masked = Pattern.compile("(Batch entry \\d+) .*? (was aborted)").matcher(text)
                .replaceAll("$1 (statement) $2");
        masked = Pattern.compile("\\)=\\([^\\r\\n]*?\\)").matcher(masked).replaceAll(")=(…)");
        masked = Pattern.compile("\\{\\s*\"[^\\r\\n]*}").matcher(masked).replaceAll("{…}");
        masked = Pattern.compile("\\\\x[0-9a-fA-F]{16,}|\\b[0-9a-fA-F]{80,}\\b").matcher(masked).replaceAll("…");
        return Pattern.compile("(?<!\\d)\\d{18}(?!\\d)").matcher(masked).replaceAll("{nip}");
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
