package id.jejak.command.security;

import id.jejak.command.CommandSideTest;
import id.jejak.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may send which decision, through HTTP (OWASP API5): every command endpoint has a line in the security table,
 * every role the line does not name is refused 403 without anything being recorded, and nobody signed out gets
 * anywhere. And an HR officer decides only about the people of their own units (API1).
 */
@CommandSideTest
@ExtendWith(OutputCaptureExtension.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class CommandSecurityTest {

    /** The demo user of each role. */
    static final Map<Role, String> USERS = Map.of(Role.HR_OFFICER, "hr", Role.APPROVING_OFFICIAL, "approver",
            Role.AUDITOR, "auditor", Role.INSPECTOR, "inspector", Role.EMPLOYEE, "employee", Role.ADMIN, "admin");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyCommandEndpointHasALineInTheSecurityTable() {
        Set<String> endpoints = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getMethodsCondition().getMethods().stream().flatMap(method ->
                        info.getPathPatternsCondition().getPatternValues().stream()
                                .map(path -> method + " " + path.replaceAll("\\{[^}]+}", "*"))))
                .filter(endpoint -> endpoint.contains("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rules = CommandSideSecurity.RULES.stream().map(rule -> rule.method() + " " + rule.path())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(endpoints).hasSizeGreaterThan(25).isEqualTo(rules);
    }

    static Stream<Arguments> wrongRoles() {
        return CommandSideSecurity.RULES.stream().flatMap(rule -> EnumSet.complementOf(EnumSet.copyOf(rule.roles()))
                .stream().map(role -> Arguments.of(rule.method() + " " + rule.path(), concrete(rule.path()), role)));
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("wrongRoles")
    void aRoleTheTableDoesNotNameIsRefusedAndNothingIsRecorded(String rule, String path, Role role) {
        long before = storedEvents();

        ResponseEntity<Map> response = send(rule, path, USERS.get(role));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "ACCESS_DENIED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> rightRoles() {
        return CommandSideSecurity.RULES.stream().flatMap(rule -> rule.roles().stream()
                .map(role -> Arguments.of(rule.method() + " " + rule.path(), concrete(rule.path()), role)));
    }

    /**
     * An empty body gets past the table to the request's own validation, a read to the thing it names (none here):
     * the role was let through.
     */
    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("rightRoles")
    void aRoleTheTableNamesGetsPastIt(String rule, String path, Role role) {
        ResponseEntity<Map> response = send(rule, path, USERS.get(role));

        if (rule.startsWith("GET ")) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            return;
        }
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rightRoles")
    void nobodySignedOutGetsAnywhere(String rule, String path, Role role) {
        ResponseEntity<Map> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", json()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(response.getBody()).containsEntry("code", "AUTHENTICATION_REQUIRED");
    }

    @Test
    void aWrongPasswordIsRefusedAndLoggedWithoutThePassword(CapturedOutput log) {
        HttpHeaders headers = json();
        headers.setBasicAuth("hr", "s3cret-guess");

        ResponseEntity<Map> response = http.exchange("/api/v1/civil-servants", HttpMethod.POST,
                new HttpEntity<>("{}", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).containsEntry("code", "AUTHENTICATION_REQUIRED");
        assertThat(log.getOut()).contains("Authentication refused: POST /api/v1/civil-servants by 'hr'")
                .doesNotContain("s3cret-guess")
                .doesNotContain(headers.getFirst(HttpHeaders.AUTHORIZATION).substring(6));
    }

    @Test
    void aRefusedAccessIsLoggedWithTheRoleAndTheNipMasked(CapturedOutput log) {
        post("/api/v1/civil-servants/198609262015051001/awards", "{}", "hr");

        assertThat(log.getOut()).contains("Access refused: POST /api/v1/civil-servants/{nip}/awards by 'hr' as "
                + "HR_OFFICER").doesNotContain("198609262015051001/awards");
    }

    @Test
    void anHrOfficerDecidesOnlyAboutThePeopleOfTheirUnits(CapturedOutput log) {
        String teacher = "198711112012121001";
        String nurse = "198812122013122002";
        assertThat(post("/api/v1/civil-servants", registration(teacher, "Dinas Pendidikan"), "hr").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        long before = storedEvents();

        ResponseEntity<Map> intoOtherUnit = post("/api/v1/civil-servants", registration(nurse, "Dinas Pendidikan"),
                "hr.dinkes");
        ResponseEntity<Map> aboutOtherUnit = post("/api/v1/civil-servants/" + teacher + "/education",
                "{\"education\":\"MASTER\",\"institution\":\"UPI\",\"graduatedOn\":\"2024-08-30\"}", "hr.dinkes");
        assertThat(storedEvents()).isEqualTo(before);
        ResponseEntity<Map> intoOwnUnit = post("/api/v1/civil-servants", registration(nurse, "dinas kesehatan"),
                "hr.dinkes");

        assertThat(intoOtherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(intoOtherUnit.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
        assertThat(aboutOtherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(aboutOtherUnit.getBody()).containsEntry("code", "OUTSIDE_ACTOR_UNITS");
        assertThat(intoOwnUnit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(log.getOut()).contains("Access refused by rule OUTSIDE_ACTOR_UNITS: POST "
                + "/api/v1/civil-servants/{nip}/education by 'hr.dinkes'");
    }

    @Test
    void healthIsOpenToEveryone() {
        assertThat(http.getForEntity("/actuator/health", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The path of a rule with its wildcards filled in: a NIP for a person, a code for a unit, ids elsewhere. */
    static String concrete(String pattern) {
        String[] segments = pattern.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("*")) {
                boolean planYear = i > 1 && segments[i - 2].equals("development-plans");
                segments[i] = planYear ? "2026" : switch (segments[i - 1]) {
                    case "civil-servants", "participants" -> "198609262015051001";
                    case "work-units", "development-plans" -> "DINKES";
                    case "organisation-performance" -> "2024";
                    default -> "3f2b8c1e-7d4a-4e2b-9c1f-5a6b7c8d9e0f";
                };
            }
        }
        return Arrays.stream(segments).collect(Collectors.joining("/"));
    }

    private ResponseEntity<Map> send(String rule, String path, String user) {
        if (rule.startsWith("GET ")) {
            return http.withBasicAuth(user, "demo").getForEntity(path, Map.class);
        }
        return post(path, "{}", user);
    }

    private ResponseEntity<Map> post(String path, String body, String user) {
        HttpHeaders headers = json();
        headers.setBasicAuth(user, "demo");
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static String registration(String nip, String unit) {
        return """
                {"nip":"%s","fullName":"Sri Wahyuni","employmentType":"PNS","rank":"III/a","workUnit":"%s",
                 "position":"Perawat","effectiveDate":"2020-01-02"}""".formatted(nip, unit);
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }
}
