package id.jejak.command.idempotency;

import id.jejak.command.rules.Retryable;
import id.jejak.platform.security.JejakUser;
import id.jejak.platform.web.BodySizeLimitFilter;
import id.jejak.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command sent with an {@code Idempotency-Key} header is sent at most once per key and actor: a repeat with the
 * same request (method, path and body, byte for byte) gets the first answer back, marked
 * {@code Idempotent-Replayed: true}, without a second event; the same key with another request is refused (422
 * {@code IDEMPOTENCY_KEY_REUSED}); while the first is still being answered, a repeat is told to wait (409
 * {@code IDEMPOTENCY_KEY_IN_USE}). Answers that say "send it again" (a lost race, a server failure) are not kept,
 * so the key can be used again for exactly that.
 */
class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** After the security chain (-100): a key belongs to the signed-in actor. */
    static final int ORDER = 0;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;
    /** How long a repeat is asked to wait while the first request holds the key: until the claim is abandoned. */
    private final long retryAfterSeconds;
    private final Duration abandonedAfter;

    IdempotencyFilter(IdempotencyKeys keys, ProblemWriter problems, Duration abandonedAfter) {
        this.keys = keys;
        this.problems = problems;
        this.abandonedAfter = abandonedAfter;
        this.retryAfterSeconds = Math.max(1, abandonedAfter.toSeconds());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID",
                    "an Idempotency-Key is 1 to 100 letters, digits or . _ : -", Map.of());
            return;
        }
        Optional<JejakUser> user = JejakUser.current();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String actor = user.get().id();
        String requestHash = hash(request);
        if (!(keys.claim(actor, key, requestHash) instanceof IdempotencyKeys.Taken taken)) {
            sendOnce(request, response, chain, actor, key);
        } else if (!taken.entry().requestHash().equals(requestHash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was already used for another request", Map.of());
        } else if (taken.entry().answered()) {
            replay(response, taken.entry());
        } else if (taken.entry().answerLost(abandonedAfter)) {
            problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_ALREADY_RECORDED",
                    "the request with this Idempotency-Key was already recorded; its answer was lost in a failure, "
                            + "so read the record to see it", Map.of());
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
            problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                    "a request with this Idempotency-Key is still being answered; send it again in {retryAfter} "
                            + "seconds", Map.of("retryAfter", retryAfterSeconds));
        }
    }

    private void sendOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String actor,
                          String key) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        request.setAttribute(IdempotentCommit.REQUEST_ATTRIBUTE, new IdempotentCommit.Claim(actor, key));
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            int status = answer.getStatus();
            if (status < 500 && request.getAttribute(Retryable.ATTRIBUTE) == null) {
                keys.answer(actor, key, status, answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                        answer.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(actor, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Entry entry) throws IOException {
        response.setStatus(entry.status());
        response.setHeader(REPLAYED, "true");
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, entry.location());
        }
        byte[] body = entry.body() == null ? new byte[0] : entry.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** SHA-256 of method, path (with any query) and body: what makes a repeat the same request. */
    private static String hash(HttpServletRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            if (request.getAttribute(BodySizeLimitFilter.BODY) instanceof byte[] body) {
                sha256.update(body);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
