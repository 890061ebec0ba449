package id.jejak.platform.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers the tokens the issuer's decoder accepted, so that a client sending the same token with every request has
 * its signature checked and its claims parsed once, not every time (6 to 10% of the samples in profiles of the HTTP
 * command load, README, Figures). What depends on the moment or the request is checked again on every use: expiry and "not before"
 * (with the decoder's minute of clock skew) and a certificate-bound token's client certificate; the signature, the
 * issuer and the audience are the token's own and cannot change. A token is remembered for at most
 * {@link #KEPT_FOR}, the time Spring keeps an issuer's key set before fetching it again, so a key the issuer withdraws
 * stops being honoured within the same bound as before; a refused token is never remembered.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    /** Bounds the memory: about 2 KB a token; when full it starts over, which costs one check a token. */
    static final int MAX_TOKENS = 2048;

    private final JwtDecoder issuer;
    private final OAuth2TokenValidator<Jwt> eachUse;
    private final LongSupplier nanoTime;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Jwt jwt, long at) {
    }

    /** {@code eachUse}: Spring's default checks, the ones that depend on the moment or the request. */
    VerifiedTokens(JwtDecoder issuer) {
        this(issuer, JwtValidators.createDefault(), System::nanoTime);
    }

    VerifiedTokens(JwtDecoder issuer, OAuth2TokenValidator<Jwt> eachUse, LongSupplier nanoTime) {
        this.issuer = issuer;
        this.eachUse = eachUse;
        this.nanoTime = nanoTime;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        long now = nanoTime.getAsLong();
        Verified known = verified.get(token);
        if (known != null && now - known.at() < KEPT_FOR.toNanos() && !eachUse.validate(known.jwt()).hasErrors()) {
            return known.jwt();
        }
        if (known != null) {
            verified.remove(token, known);
        }
        // the issuer's decoder refuses with its own exception and message, exactly as without this
        Jwt jwt = issuer.decode(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, now));
        return jwt;
    }
}
