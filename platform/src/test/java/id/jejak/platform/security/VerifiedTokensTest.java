package id.jejak.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final KeyPair ISSUER = keyPair();
    private static final KeyPair SOMEONE_ELSE = keyPair();

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final JwtDecoder issuer = counted(NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build());

    @Test
    void aTokenSentAgainIsNotCheckedAgainByTheIssuersDecoder() {
        VerifiedTokens tokens = new VerifiedTokens(issuer);
        String token = token(ISSUER, Instant.now().plus(Duration.ofHours(1)));

        Jwt first = tokens.decode(token);
        Jwt second = tokens.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("hr-1");
        assertThat(checks).hasValue(1);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(issuer);
        String forged = token(SOMEONE_ELSE, Instant.now().plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
        decoder.setJwtValidator(expiry);
        VerifiedTokens tokens = new VerifiedTokens(counted(decoder), expiry, nanos::get);
        Instant expires = Instant.now().plus(Duration.ofMinutes(2));
        String token = token(ISSUER, expires);
        tokens.decode(token);

        expiry.setClock(Clock.fixed(expires.plusSeconds(1), ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aTokenIsCheckedAgainByTheIssuersDecoderAfterFiveMinutes() {
        VerifiedTokens tokens = new VerifiedTokens(issuer, JwtValidators.createDefault(), nanos::get);
        String token = token(ISSUER, Instant.now().plus(Duration.ofHours(1)));
        tokens.decode(token);

        nanos.set(VerifiedTokens.KEPT_FOR.minusSeconds(1).toNanos());
        tokens.decode(token);
        assertThat(checks).hasValue(1);

        nanos.set(VerifiedTokens.KEPT_FOR.toNanos());
        tokens.decode(token);
        assertThat(checks).hasValue(2);
    }

    private JwtDecoder counted(JwtDecoder decoder) {
        return token -> {
            checks.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private static String token(KeyPair key, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .subject("hr-1").claim("roles", "HR").issueTime(new Date())
                    .expirationTime(Date.from(expires)).build());
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
