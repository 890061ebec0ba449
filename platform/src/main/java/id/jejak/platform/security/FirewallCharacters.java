package id.jejak.platform.security;

/**
 * The characters Spring Security's firewall lets through in a header's name and value and a parameter's name, the same
 * as its own rules ({@code StrictHttpFirewall}: every character assigned, none a control, a tab allowed in a value),
 * checked by a loop instead of its regular expressions of Unicode classes. The firewall checks a header each time it is
 * read, and the bearer token, some 600 characters, is read twice a request: with the expressions, a fifth of the
 * query side's CPU samples under a load of history reads went to them.
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    static boolean allowedInAName(String name) {
        return allowed(name, false);
    }

    static boolean allowedInAValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int character = text.codePointAt(i);
            // printable ASCII, which nearly every header is, is assigned and no control
            if (character < 0x20 || character > 0x7e) {
                boolean control = Character.getType(character) == Character.CONTROL;
                if (!Character.isDefined(character) || control && !(tabAllowed && character == '\t')) {
                    return false;
                }
            }
            i += Character.charCount(character);
        }
        return true;
    }
}
