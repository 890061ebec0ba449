package id.jejak.query.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An OpenID Connect issuer in the test's JVM, on a loopback port: its discovery document, its keys, and a token
 * endpoint that trades the code {@value #CODE} for the tokens a test asked for. Its authorisation endpoint is never
 * called: the test reads the redirect to it and calls the console back as the issuer would send the browser.
 */
final class FakeIssuer implements AutoCloseable {

    static final String CODE = "the-code";
    static final String CLIENT_ID = "jejak";

    private final HttpServer server;
    private final RSAKey key;
    /** The access token's claims and the nonce the next code's tokens carry. */
    private final AtomicReference<Map.Entry<Map<String, Object>, String>> next = new AtomicReference<>();

    private FakeIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static FakeIssuer start() {
        try {
            FakeIssuer issuer = new FakeIssuer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0),
                    new RSAKeyGenerator(2048).keyID("fake-issuer").generate());
            issuer.server.createContext("/.well-known/openid-configuration", issuer::discovery);
            issuer.server.createContext("/jwks", exchange -> json(exchange, 200,
                    new JWKSet(issuer.key.toPublicJWK()).toJSONObject()));
            issuer.server.createContext("/token", issuer::token);
            issuer.server.start();
            return issuer;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next code is traded for an access token with these claims (and the user's id), and the nonce given. */
    void willIssue(Map<String, Object> accessTokenClaims, String nonce) {
        next.set(Map.entry(accessTokenClaims, nonce));
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", uri());
        document.put("authorization_endpoint", uri() + "/authorize");
        document.put("token_endpoint", uri() + "/token");
        document.put("jwks_uri", uri() + "/jwks");
        document.put("end_session_endpoint", uri() + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("scopes_supported", List.of("openid"));
        json(exchange, 200, document);
    }

    /** A public client with PKCE: the code and a verifier, no secret. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var tokens = next.getAndSet(null);
        if (!"authorization_code".equals(form.get("grant_type")) || !CODE.equals(form.get("code"))
                || !CLIENT_ID.equals(form.get("client_id")) || form.get("code_verifier") == null || tokens == null) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder access = claims(now).audience("account");
        tokens.getKey().forEach(access::claim);
        JWTClaimsSet id = claims(now).audience(CLIENT_ID).claim("nonce", tokens.getValue()).build();
        json(exchange, 200, Map.of("access_token", signed(access.build()), "token_type", "Bearer", "expires_in", 300,
                "scope", "openid", "id_token", signed(id)));
    }

    private JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().issuer(uri()).subject("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    private String signed(JWTClaimsSet claims) {
        try {
            var token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
