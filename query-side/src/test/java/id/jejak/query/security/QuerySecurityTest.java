package id.jejak.query.security;

import id.jejak.platform.security.Role;
import id.jejak.query.QuerySideTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read what, through HTTP (OWASP API5): every query endpoint has a line in the security table, every role a
 * line does not name is refused 403, nobody signed out gets anywhere, and what no line names is denied.
 */
@QuerySideTest
@SuppressWarnings("rawtypes")
class QuerySecurityTest {

    static final Map<Role, String> USERS = Map.of(Role.HR_OFFICER, "hr", Role.APPROVING_OFFICIAL, "approver",
            Role.AUDITOR, "auditor", Role.INSPECTOR, "inspector", Role.EMPLOYEE, "employee", Role.ADMIN, "admin");

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyQueryEndpointHasALineInTheSecurityTable() {
        AntPathMatcher paths = new AntPathMatcher();
        List<String> endpoints = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getMethodsCondition().getMethods().stream().flatMap(method ->
                        info.getPathPatternsCondition().getPatternValues().stream()
                                .map(path -> method + " " + path.replaceAll("\\{[^}]+}", "x"))))
                .filter(endpoint -> endpoint.contains("/api/"))
                .toList();

        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(8).allSatisfy(endpoint ->
                assertThat(QuerySideSecurity.RULES).as(endpoint).anySatisfy(rule -> {
                    assertThat(endpoint).startsWith(rule.method().name() + " ");
                    assertThat(paths.match(rule.path(), endpoint.substring(endpoint.indexOf(' ') + 1))).isTrue();
                }));
    }

    static Stream<Arguments> wrongRoles() {
        return QuerySideSecurity.RULES.stream().flatMap(rule -> EnumSet.complementOf(EnumSet.copyOf(rule.roles()))
                .stream().map(role -> Arguments.of(rule.method() + " " + rule.path(), rule.method(),
                        concrete(rule.path()), role)));
    }

    @ParameterizedTest(name = "{0} as {3}")
    @MethodSource("wrongRoles")
    void aRoleTheTableDoesNotNameIsRefused(String rule, HttpMethod method, String path, Role role) {
        ResponseEntity<Map> response = send(method, path, USERS.get(role));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "ACCESS_DENIED");
    }

    /**
     * The table's lines name paths with wildcards; this sends each real endpoint, with its path filled in, as every
     * role its line does not name, so that an endpoint a wildcard was never meant to cover shows up here.
     */
    @Test
    void everyRealEndpointRefusesEveryRoleItsLineDoesNotName() {
        AntPathMatcher paths = new AntPathMatcher();
        SoftAssertions softly = new SoftAssertions();
        List<String> sent = new ArrayList<>();
        mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .forEach(info -> info.getMethodsCondition().getMethods().forEach(verb -> info.getPathPatternsCondition()
                        .getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/")).forEach(pattern -> {
                            String path = filledIn(pattern);
                            HttpMethod method = HttpMethod.valueOf(verb.name());
                            QuerySideSecurity.Rule rule = QuerySideSecurity.RULES.stream()
                                    .filter(line -> line.method().equals(method) && paths.match(line.path(), path))
                                    .findFirst().orElseThrow();
                            for (Role role : EnumSet.complementOf(EnumSet.copyOf(rule.roles()))) {
                                softly.assertThat(send(method, path, USERS.get(role)).getStatusCode())
                                        .as("%s %s as %s", method, path, role).isEqualTo(HttpStatus.FORBIDDEN);
                                sent.add(method + " " + path + " as " + role);
                            }
                        })));
        softly.assertAll();
        assertThat(sent).hasSizeGreaterThan(60).contains("GET /api/v1/audit/verification as INSPECTOR",
                "GET /api/v1/reports/promotion-eligibility as EMPLOYEE", "GET /api/v1/findings as HR_OFFICER");
    }

    private static String filledIn(String pattern) {
        return pattern.replace("{nip}", "198609262015051001")
                .replace("{trainingId}", "3f2b8c1e-7d4a-4e2b-9c1f-5a6b7c8d9e0f")
                .replace("{projection}", "career-history")
                .replace("{sequence}", "1");
    }

    static Stream<Arguments> everyRule() {
        return QuerySideSecurity.RULES.stream().map(rule -> Arguments.of(rule.method() + " " + rule.path(),
                rule.method(), concrete(rule.path())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void nobodySignedOutGetsAnywhere(String rule, HttpMethod method, String path) {
        ResponseEntity<Map> response = http.exchange(path, method, HttpEntity.EMPTY, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).containsEntry("code", "AUTHENTICATION_REQUIRED");
    }

    @Test
    void whatNoLineNamesIsDeniedEvenToAnAdmin() {
        assertThat(send(HttpMethod.DELETE, "/api/v1/civil-servants/198609262015051001", "admin").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(HttpMethod.GET, "/api/v1/civil-servants/198609262015051001", "admin").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(HttpMethod.GET, "/api/v1/anything-else", "auditor").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theApiDocumentIsOpenInDemoModeAndNamesBothWaysToSignIn() {
        ResponseEntity<Map> document = http.getForEntity("/v3/api-docs", Map.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map) document.getBody().get("info")).containsEntry("title", "Jejak query side");
        assertThat((Map) ((Map) document.getBody().get("components")).get("securitySchemes"))
                .containsKeys("basic", "bearer");
        assertThat((Map) document.getBody().get("paths")).containsKeys("/api/v1/civil-servants/{nip}",
                "/api/v1/decision-trail", "/api/v1/admin/access-log");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> send(HttpMethod method, String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return http.exchange(path, method, new HttpEntity<>(headers), Map.class);
    }

    static String concrete(String pattern) {
        return pattern.replace("/civil-servants/*", "/civil-servants/198609262015051001")
                .replace("/trainings/*", "/trainings/3f2b8c1e-7d4a-4e2b-9c1f-5a6b7c8d9e0f")
                .replace("/projections/*", "/projections/career-history")
                .replace("/**", "/x");
    }
}
