package id.jejak.benchmark.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's own OAuth2 issuer. Jejak is measured signing in as an installation does, with bearer tokens checked
 * against the issuer's key (jejak.security.mode=jwt), not with the demo users' Basic passwords, whose BCrypt check
 * costs tens of milliseconds of CPU on every request by design. Each user's token is signed once and lasts the run.
 */
public final class TokenIssuer {

    private record Account(String role, List<String> units) {
    }

    /** The users the benchmark acts as, named as the demo users are. */
    private static final Map<String, Account> ACCOUNTS = Map.of(
            "hr", new Account("HR_OFFICER", List.of("*")),
            "approver", new Account("APPROVING_OFFICIAL", List.of()),
            "approver2", new Account("APPROVING_OFFICIAL", List.of()),
            "auditor", new Account("AUDITOR", List.of()),
            "admin", new Account("ADMIN", List.of()));

    private final Path publicKey;
    private final Map<String, String> authorizations;

    public TokenIssuer(Duration valid) {
        KeyPair key = rsaKeyPair();
        try {
            publicKey = Files.createTempFile("jejak-benchmark-issuer", ".pem");
            publicKey.toFile().deleteOnExit();
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RSASSASigner signer = new RSASSASigner(key.getPrivate());
        Instant now = Instant.now();
        authorizations = ACCOUNTS.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, account -> "Bearer " + sign(signer, account.getKey(), account.getValue(), now,
                        valid)));
    }

    /** The side arguments that make both sides trust this issuer, and only it. */
    public List<String> sideArguments() {
        return List.of("--jejak.security.mode=jwt",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey.toAbsolutePath());
    }

    /** The {@code Authorization} header value of one of the users: hr, approver, approver2, auditor, admin. */
    public String authorization(String user) {
        String authorization = authorizations.get(user);
        if (authorization == null) {
            throw new IllegalArgumentException("the benchmark has no user " + user + "; it has " + ACCOUNTS.keySet());
        }
        return authorization;
    }

    private static String sign(RSASSASigner signer, String user, Account account, Instant now, Duration valid) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user).claim("preferred_username", user)
                .claim("roles", List.of(account.role())).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(valid)));
        if (!account.units().isEmpty()) {
            claims.claim("units", account.units());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
