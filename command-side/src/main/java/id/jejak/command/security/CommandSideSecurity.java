package id.jejak.command.security;

import id.jejak.platform.security.JejakHttpSecurity;
import id.jejak.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

import static id.jejak.platform.security.Role.ADMIN;
import static id.jejak.platform.security.Role.APPROVING_OFFICIAL;
import static id.jejak.platform.security.Role.EMPLOYEE;
import static id.jejak.platform.security.Role.HR_OFFICER;

/**
 * Who may send which decision (OWASP API5, function-level authorisation): HR officers record and propose, approving
 * officials decide on proposals and impose; a civil servant proposes only a development need of their own; nobody
 * else writes, and whatever this table does not name is denied.
 * Which person an HR officer may decide about is the record's own check (its units), not this table's.
 */
@Configuration(proxyBeanMethods = false)
class CommandSideSecurity {

    /** One line of the table: a method and path pattern ({@code *} is one path segment), and who may send it. */
    record Rule(HttpMethod method, String path, List<Role> roles) {

        static Rule post(String path, Role... roles) {
            return new Rule(HttpMethod.POST, path, List.of(roles));
        }

        static Rule get(String path, Role... roles) {
            return new Rule(HttpMethod.GET, path, List.of(roles));
        }
    }

    private static final String PERSON = "/api/v1/civil-servants/*";
    private static final String PLAN = "/api/v1/development-plans/*/*";

    static final List<Rule> RULES = List.of(
            Rule.post("/api/v1/civil-servants", HR_OFFICER),
            Rule.post(PERSON + "/trainings", HR_OFFICER),
            Rule.post(PERSON + "/trainings/*/completion", HR_OFFICER),
            Rule.post(PERSON + "/confirmation", HR_OFFICER),
            Rule.post(PERSON + "/identity-corrections", HR_OFFICER),
            Rule.post(PERSON + "/education", HR_OFFICER),
            Rule.post(PERSON + "/placements", HR_OFFICER),
            Rule.post(PERSON + "/retirement", HR_OFFICER),
            Rule.post(PERSON + "/evaluations", HR_OFFICER),
            Rule.post(PERSON + "/evaluations/*/corrections", HR_OFFICER),
            Rule.post(PERSON + "/coaching", HR_OFFICER),
            Rule.post(PERSON + "/coaching/*/sessions", HR_OFFICER),
            Rule.post(PERSON + "/coaching/*/closure", HR_OFFICER),
            Rule.post(PERSON + "/promotions", HR_OFFICER),
            Rule.post(PERSON + "/sanctions/proposals", HR_OFFICER, APPROVING_OFFICIAL),
            Rule.post("/api/v1/programmes", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/participants", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/participants/*/completion", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/participants/*/evaluation", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/mentoring-pairs", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/mentoring-pairs/*/sessions", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/meetings", HR_OFFICER),
            Rule.post("/api/v1/programmes/*/follow-up", APPROVING_OFFICIAL),
            Rule.post("/api/v1/work-units/*/citizen-satisfaction", HR_OFFICER),
            Rule.post("/api/v1/work-units/*/organisation-performance", HR_OFFICER),
            Rule.post("/api/v1/work-units/*/organisation-performance/*/corrections", HR_OFFICER),
            Rule.post("/api/v1/development-needs", HR_OFFICER),
            Rule.post("/api/v1/development-needs/proposals", EMPLOYEE),
            Rule.post("/api/v1/development-needs/*/endorsement", APPROVING_OFFICIAL),
            Rule.post("/api/v1/development-needs/*/refusal", APPROVING_OFFICIAL),
            Rule.post("/api/v1/development-needs/*/closure", HR_OFFICER),
            Rule.post(PLAN, HR_OFFICER),
            Rule.post(PLAN + "/amendments", HR_OFFICER),
            Rule.post(PLAN + "/approval", APPROVING_OFFICIAL),
            Rule.post(PLAN + "/rejection", APPROVING_OFFICIAL),
            Rule.post(PLAN + "/realisations", HR_OFFICER),
            Rule.post(PERSON + "/promotions/*/grant", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/promotions/*/rejection", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/sanctions", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/sanctions/proposals/*/rejection", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/sanctions/*/revocation", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/dismissal", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/awards", APPROVING_OFFICIAL),
            Rule.post(PERSON + "/revocations", APPROVING_OFFICIAL),
            // a migration records agency-wide history past the live rules: the administrator's act, not an officer's
            Rule.post("/api/v1/imports", ADMIN),
            Rule.get("/api/v1/imports/*", ADMIN),
            Rule.get("/api/v1/imports/*/report", ADMIN));

    @Bean
    SecurityFilterChain commandSideSecurityFilterChain(HttpSecurity http, JejakHttpSecurity jejak) throws Exception {
        return jejak.build(http, authorize -> RULES.forEach(rule -> authorize
                .requestMatchers(rule.method(), rule.path())
                .hasAnyRole(JejakHttpSecurity.roles(rule.roles().toArray(Role[]::new)))));
    }
}
