package id.jejak.query.console;

import id.jejak.platform.security.JejakHttpSecurity;
import id.jejak.platform.security.JejakSecurityProperties;
import id.jejak.platform.security.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
 * The console's own chain, ahead of the API's: a browser keeps a session (a signed-in page is followed by the next),
 * so this chain has sessions, a sign-in form and CSRF protection on every form, while the API's chain stays
 * stateless. The pages are the API's reads, so they are open to the same roles as the endpoints they show; what this
 * table does not name is denied. An employee passes it for any person's page, and {@code PersonalDataAccess} then
 * answers 404 for every NIP but their own, as it does for the API.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** One line of the table: a method and path pattern, and who may. */
    record Rule(HttpMethod method, String path, List<Role> roles) {

        static Rule get(String path, Role... roles) {
            return new Rule(HttpMethod.GET, path, List.of(roles));
        }
    }

    static final List<Rule> RULES = List.of(
            Rule.get("/console/people", HR_OFFICER, AUDITOR, INSPECTOR),
            Rule.get("/console/people/*", HR_OFFICER, AUDITOR, INSPECTOR, EMPLOYEE),
            Rule.get("/console/trail", HR_OFFICER, AUDITOR, INSPECTOR),
            Rule.get("/console/trail.csv", HR_OFFICER, AUDITOR, INSPECTOR),
            Rule.get("/console/findings", AUDITOR, INSPECTOR),
            Rule.get("/console/ledger/**", AUDITOR),
            Rule.get("/console/projections", ADMIN, AUDITOR),
            new Rule(HttpMethod.POST, "/console/projections/*/rebuild", List.of(ADMIN, AUDITOR)));

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, JejakSecurityProperties properties)
            throws Exception {
        http.securityMatcher("/", "/console", "/console/**", "/login", "/logout")
                .authorizeHttpRequests(authorize -> {
                    // the error and refusal pages render a decision already taken
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                    authorize.requestMatchers(HttpMethod.GET, "/", "/login", "/console/assets/**").permitAll();
                    authorize.requestMatchers(HttpMethod.GET, "/console").authenticated();
                    RULES.forEach(rule -> authorize.requestMatchers(rule.method(), rule.path())
                            .hasAnyRole(JejakHttpSecurity.roles(rule.roles().toArray(Role[]::new))));
                    authorize.anyRequest().denyAll();
                })
                .exceptionHandling(refusals -> refusals.accessDeniedPage("/console/denied"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        if (properties.mode() == JejakSecurityProperties.Mode.DEMO) {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console"));
        }
        return http.build();
    }
}
