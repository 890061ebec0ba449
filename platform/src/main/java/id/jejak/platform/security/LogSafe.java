package id.jejak.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * What a log line may say about a request: its method and path with every NIP masked (a NIP is personal data: it
 * holds a birth date and sex), and who asked — never a password, a token or the Authorization header.
 */
public final class LogSafe {

    private static final Pattern NIP = Pattern.compile("(?<!\\d)\\d{18}(?!\\d)");
    /**
     * PostgreSQL's bytea literal ({@code \\x7b22…}) or a hexadecimal run longer than a SHA-256 hash: a serialized
     * payload. Hashes stay readable; they are no personal data and the ledger's diagnostics need them.
     */
    private static final Pattern HEX_PAYLOAD = Pattern.compile("\\\\x[0-9a-fA-F]{16,}|\\b[0-9a-fA-F]{80,}\\b");
    /** A JSON object in a message: an event's payload or metadata, names included. */
    private static final Pattern JSON_OBJECT = Pattern.compile("\\{\\s*\"[^\\r\\n]*}");
    /** A key's values as PostgreSQL details them: {@code Key (aggregate_identifier, …)=(1986…, 0)}. */
    private static final Pattern KEY_VALUES = Pattern.compile("\\)=\\([^\\r\\n]*?\\)");
    /** The statement a driver quotes with its values inlined: {@code Batch entry 0 INSERT … was aborted}. */
    private static final Pattern BATCH_ENTRY = Pattern.compile("(Batch entry \\d+) .*? (was aborted)");
    private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x21-\\x7e]");
    private static final Pattern NOT_IN_A_USER_NAME = Pattern.compile("[^\\p{Alnum}._@{}-]");

    private LogSafe() {
    }

    /**
     * Any text bound for a log line — a message, an exception's message, a stack trace — with the personal data it
     * may carry masked: NIPs, serialized payloads (JSON or hexadecimal), the key values and the statement a
     * database error quotes. Every log line goes through this (see logback-spring.xml), whatever logged it: the
     * driver, Axon and Spring know nothing of what their messages quote.
     */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // each expression only where the text holds what it needs to match: tried at every position of every log
        // line, the last two cost a history read a twentieth of its CPU, for a request's line with nothing to mask
        String masked = text;
        if (masked.contains("Batch entry ")) {
            masked = BATCH_ENTRY.matcher(masked).replaceAll("$1 (statement) $2");
        }
        if (masked.contains(")=(")) {
            masked = KEY_VALUES.matcher(masked).replaceAll(")=(…)");
        }
        if (masked.indexOf('{') >= 0) {
            masked = JSON_OBJECT.matcher(masked).replaceAll("{…}");
        }
        if (masked.contains("\\x") || hasRun(masked, 80, LogSafe::isHexDigit)) {
            masked = HEX_PAYLOAD.matcher(masked).replaceAll("…");
        }
        return hasRun(masked, 18, LogSafe::isDigit) ? NIP.matcher(masked).replaceAll("{nip}") : masked;
    }

    /** Whether the text holds at least {@code length} such characters in a row. */
    private static boolean hasRun(String text, int length, IntPredicate kind) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = kind.test(text.charAt(i)) ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /** {@code \d} as the expressions read it: ASCII digits only. */
    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isHexDigit(int character) {
        return isDigit(character) || character >= 'a' && character <= 'f' || character >= 'A' && character <= 'F';
    }

    /** Method and path, NIPs masked, at most 200 characters, nothing but printable ASCII. */
    public static String request(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        path = NOT_PRINTABLE_ASCII.matcher(NIP.matcher(path).replaceAll("{nip}")).replaceAll("?");
        return request.getMethod() + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path);
    }

    /**
     * Who a request says it is: the signed-in user's id; for a failed sign-in the name a Basic header gave (its
     * password part is never decoded into the log), or that a token or nothing was given.
     */
    public static String requester(HttpServletRequest request) {
        return JejakUser.current().map(JejakUser::id).map(LogSafe::name).orElseGet(() -> attempted(request));
    }

    private static String attempted(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return "(anonymous)";
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "(bearer token)";
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? "(malformed basic)" : name(decoded.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return "(malformed basic)";
            }
        }
        return "(other scheme)";
    }

    /**
     * A user name as typed, cut short, stripped of anything that could forge a log line, and with a NIP masked: an
     * issuer may name its users by NIP.
     */
    private static String name(String name) {
        String safe = NOT_IN_A_USER_NAME.matcher(NIP.matcher(name).replaceAll("{nip}")).replaceAll("?");
        return "'" + (safe.length() > 64 ? safe.substring(0, 64) + "…" : safe) + "'";
    }
}
