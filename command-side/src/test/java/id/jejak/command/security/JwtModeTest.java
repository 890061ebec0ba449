package id.jejak.command.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jejak.command.CommandSideApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production way to sign in: tokens of an issuer (Keycloak, say), checked against its key. The user, their
 * role and units come from the token's claims, and every event names them as the actor.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CommandSideApplication.CONFIG_NAME,
                "jejak.embedded-postgres.ephemeral=true", "jejak.security.mode=jwt"})
@SuppressWarnings("rawtypes")
class JwtModeTest {

    private static final KeyPair ISSUER = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    /** The issuer's public key, as Spring Boot reads it from a PEM file. */
    @DynamicPropertySource
    static void issuerKey(DynamicPropertyRegistry properties) throws Exception {
        Path pem = Files.createTempFile("issuer", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
                .encodeToString(ISSUER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void anHrOfficersTokenRecordsTheDecisionInTheirNameAndRole() throws Exception {
        String token = token(ISSUER, Map.of("preferred_username", "siti.hr", "roles", List.of("HR_OFFICER"),
                "units", List.of("Dinas Kesehatan")), 300);

        ResponseEntity<Map> response = register("198101012006041001", "Dinas Kesehatan", token);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode metadata = new ObjectMapper().readTree(jdbc.sql(
                        "select meta_data::text from eventstore.event_log where aggregate_identifier = ?")
                .param("198101012006041001").query(String.class).single());
        assertThat(metadata.get("actorId").asText()).isEqualTo("siti.hr");
        assertThat(metadata.get("actorRole").asText()).isEqualTo("HR_OFFICER");
    }

    @Test
    void theUnitsOfTheTokenBindAnHrOfficer() {
        String token = token(ISSUER, Map.of("preferred_username", "siti.hr", "roles", List.of("HR_OFFICER"),
                "units", List.of("Dinas Kesehatan")), 300);

        ResponseEntity<Map> response = register("198202022007041002", "Dinas Pendidikan", token);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String forged = token(STRANGER, Map.of("preferred_username", "mallory", "roles", List.of("HR_OFFICER"),
                "units", List.of("*")), 300);

        ResponseEntity<Map> response = register("198303032008041003", "Dinas Kesehatan", forged);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.getBody()).containsEntry("code", "AUTHENTICATION_REQUIRED");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = token(ISSUER, Map.of("preferred_username", "siti.hr", "roles", List.of("HR_OFFICER"),
                "units", List.of("*")), -600);

        assertThat(register("198404042009041004", "Dinas Kesehatan", expired).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenWithTwoJejakRolesIsRefused() {
        String twoRoles = token(ISSUER, Map.of("preferred_username", "siti.hr",
                "roles", List.of("HR_OFFICER", "APPROVING_OFFICIAL"), "units", List.of("*")), 300);

        assertThat(register("198505052010041005", "Dinas Kesehatan", twoRoles).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDemoPasswordsAreNoWayInHere() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("hr", "demo");

        ResponseEntity<Map> response = http.exchange("/api/v1/civil-servants", HttpMethod.POST,
                new HttpEntity<>("{}", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApiDocumentNeedsASignedInUser() {
        assertThat(http.getForEntity("/v3/api-docs", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(ISSUER, Map.of("preferred_username", "auditor.a", "roles", List.of("AUDITOR")),
                300));
        assertThat(http.exchange("/v3/api-docs", HttpMethod.GET, new HttpEntity<>(headers), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> register(String nip, String unit, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return http.exchange("/api/v1/civil-servants", HttpMethod.POST, new HttpEntity<>("""
                {"nip":"%s","fullName":"Nur Aini","employmentType":"PNS","rank":"III/a","workUnit":"%s",
                 "position":"Perawat","effectiveDate":"2020-01-02"}""".formatted(nip, unit), headers), Map.class);
    }

    private static String token(KeyPair key, Map<String, Object> claims, long secondsValid) {
        try {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("subject-" + claims.get("preferred_username"))
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(secondsValid)));
            claims.forEach(set::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
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
