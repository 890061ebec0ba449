package id.jejak.query.security;

import id.jejak.platform.security.JejakHttpSecurity;
import id.jejak.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

import static id.jejak.platform.security.Role.ADMIN;
import static id.jejak.platform.security.Role.AUDITOR;
import static id.jejak.platform.security.Role.EMPLOYEE;
import static id.jejak.platform.security.Role.HR_OFFICER;
import static id.jejak.platform.security.Role.INSPECTOR;

/**
 * Who may read what (OWASP API5, function-level authorisation); whatever this table does not name is denied. An
 * employee passes it for any NIP, and {@code PersonalDataAccess} then answers 404 for every NIP but their own
 * (object level, API1) — the table knows paths, not whose record a path names.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideSecurity {

    /** One line of the table: a method and path pattern ({@code *} one segment, {@code **} any), and who may. */
    record Rule(HttpMethod method, String path, List<Role> roles) {

        static Rule get(String path, Role... roles) {
            return new Rule(HttpMethod.GET, path, List.of(roles));
        }

        static Rule post(String path, Role... roles) {
            return new Rule(HttpMethod.POST, path, List.of(roles));
        }
    }

    private static final String PERSON = "/api/v1/civil-servants/*";

    static final List<Rule> RULES = List.of(
            // the people directory; an HR officer bound to units finds only theirs
            Rule.get("/api/v1/civil-servants", HR_OFFICER, AUDITOR, INSPECTOR),
            Rule.get(PERSON, HR_OFFICER, AUDITOR, INSPECTOR, EMPLOYEE),
            Rule.get(PERSON + "/history", HR_OFFICER, AUDITOR, INSPECTOR, EMPLOYEE),
            Rule.get(PERSON + "/trainings/*", HR_OFFICER, AUDITOR, INSPECTOR, EMPLOYEE),
            Rule.get("/api/v1/decision-trail", HR_OFFICER, AUDITOR, INSPECTOR),
            Rule.get("/api/v1/findings/**", AUDITOR, INSPECTOR),
            Rule.get("/api/v1/reports/**", HR_OFFICER, AUDITOR),
            // export, checkpoints, verification: an audit act, not a decision about anyone
            Rule.get("/api/v1/audit/**", AUDITOR),
            Rule.get("/api/v1/admin/projections/**", ADMIN, AUDITOR),
            // the issue lets an auditor replay, to check the read models against the events
            Rule.post("/api/v1/admin/projections/*/rebuild", ADMIN, AUDITOR),
            Rule.post("/api/v1/admin/projections/rebuild", ADMIN, AUDITOR),
            Rule.get("/api/v1/admin/access-log", ADMIN));

    @Bean
    SecurityFilterChain querySideSecurityFilterChain(HttpSecurity http, JejakHttpSecurity jejak) throws Exception {
        return jejak.build(http, authorize -> RULES.forEach(rule -> authorize
                .requestMatchers(rule.method(), rule.path())
                .hasAnyRole(JejakHttpSecurity.roles(rule.roles().toArray(Role[]::new)))));
    }
}
