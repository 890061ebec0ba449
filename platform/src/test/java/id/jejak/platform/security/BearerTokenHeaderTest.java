package id.jejak.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token is found in the Authorization header exactly where, and as, Spring Security's resolver finds it. */
class BearerTokenHeaderTest {

    /** {@code DefaultBearerTokenResolver}'s expression, as Spring Security 6.5 writes it. */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyCharacterIsATokenCharacterExactlyWhereSpringSecuritysExpressionTakesIt() {
        for (char character = 0; character < Character.MAX_VALUE; character++) {
            List<String> headers = new ArrayList<>(List.of("Bearer ab" + character + "cd",
                    "Bearer ab" + character + "==", "Bearer " + character));
            // in each place of the scheme and its space: the expression ignores only ASCII's case
            for (int place = 0; place < "Bearer ".length(); place++) {
                StringBuilder header = new StringBuilder("Bearer abc");
                header.setCharAt(place, character);
                headers.add(header.toString());
            }
            for (String header : headers) {
                if (BearerTokenHeader.wellFormed(header) != SPRING.matcher(header).matches()) {
                    throw new AssertionError("U+%04X in \"%s\" is judged otherwise than Spring Security judges it"
                            .formatted((int) character, header));
                }
            }
        }
    }

    @Test
    void aWellFormedHeaderGivesTheTokenAfterTheScheme() {
        for (String header : List.of("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "bearer abc-._~+/==", "BEARER x=")) {
            assertThat(new BearerTokenHeader().resolve(withAuthorization(header)))
                    .isEqualTo(new DefaultBearerTokenResolver().resolve(withAuthorization(header)))
                    .isEqualTo(header.substring("Bearer ".length()));
        }
    }

    @Test
    void aMalformedBearerHeaderIsRefusedAsSpringSecurityRefusesIt() {
        for (String header : List.of("Bearer ", "Bearer  abc", "Bearer a=b", "Bearer ===", "Bearer abc\u0085",
                "Bearerabc")) {
            assertThatThrownBy(() -> new BearerTokenHeader().resolve(withAuthorization(header)))
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessage("Bearer token is malformed");
        }
    }

    @Test
    void noTokenIsFoundWithoutABearerHeader() {
        assertThat(new BearerTokenHeader().resolve(new MockHttpServletRequest("GET", "/x"))).isNull();
        assertThat(new BearerTokenHeader().resolve(withAuthorization("Basic aHI6cGFzc3dvcmQ="))).isNull();
    }

    private static MockHttpServletRequest withAuthorization(String header) {
        var request = new MockHttpServletRequest("GET", "/x");
        request.addHeader("Authorization", header);
        return request;
    }
}
