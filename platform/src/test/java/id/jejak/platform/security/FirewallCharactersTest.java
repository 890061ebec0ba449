package id.jejak.platform.security;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's characters, checked by a loop, are exactly those Spring Security's own expressions let through. */
class FirewallCharactersTest {

    /** {@code StrictHttpFirewall}'s expressions, as Spring Security 6.5 writes them. */
    private static final Pattern SPRING_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern SPRING_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCharacterIsAllowedExactlyWhereSpringSecuritysExpressionsAllowIt() {
        for (int character = 0; character <= Character.MAX_CODE_POINT; character++) {
            String text = "a" + Character.toString(character) + "b";
            if (FirewallCharacters.allowedInAName(text) != SPRING_NAME.matcher(text).matches()
                    || FirewallCharacters.allowedInAValue(text) != SPRING_VALUE.matcher(text).matches()) {
                throw new AssertionError("U+%04X is judged otherwise than Spring Security judges it"
                        .formatted(character));
            }
        }
    }

    @Test
    void aControlCharacterIsRefusedInANameAndAValue() {
        assertThat(FirewallCharacters.allowedInAValue("Bearer abc\u0085")).isFalse();
        assertThat(FirewallCharacters.allowedInAValue("Bearer abc\u0000")).isFalse();
        assertThat(FirewallCharacters.allowedInAName("X-Probe\n")).isFalse();
    }

    @Test
    void anUnassignedCharacterIsRefused() {
        assertThat(FirewallCharacters.allowedInAValue("abc\u0378")).isFalse();
        assertThat(FirewallCharacters.allowedInAValue("abc" + Character.toString(0xE0080))).isFalse();
    }

    @Test
    void aTabIsAllowedInAValueOnly() {
        assertThat(FirewallCharacters.allowedInAValue("a\tb")).isTrue();
        assertThat(FirewallCharacters.allowedInAName("a\tb")).isFalse();
    }

    @Test
    void printableTextAndAssignedLettersBeyondAsciiAreAllowed() {
        assertThat(FirewallCharacters.allowedInAValue("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln")).isTrue();
        assertThat(FirewallCharacters.allowedInAValue("Siti Nurhaliza, S.Pd. — Dinas Pendidikan é 😀")).isTrue();
        assertThat(FirewallCharacters.allowedInAName("X-Correlation-Id")).isTrue();
    }
}
