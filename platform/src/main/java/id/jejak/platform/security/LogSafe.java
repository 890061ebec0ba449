package id.jejak.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a log line may say about a request: its method and path with every NIP masked (a NIP is personal data: it
 * holds a birth date and sex), and who asked — never a password, a token or the Authorization header.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /** Method and path, NIPs masked, at most 200 characters, nothing but printable ASCII. */
    public static String request(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        path = path.replaceAll("\\d{18}", "{nip}").replaceAll("[^\\x21-\\x7e]", "?");
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
        String safe = name.replaceAll("\\d{18}", "{nip}").replaceAll("[^\\p{Alnum}._@{}-]", "?");
        return "'" + (safe.length() > 64 ? safe.substring(0, 64) + "…" : safe) + "'";
    }
}
