package id.jejak.query.console;

import id.jejak.platform.security.JejakHttpSecurity;
import id.jejak.platform.security.JejakSecurityProperties;
import id.jejak.platform.security.JwtUserConverter;
import id.jejak.platform.security.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.List;

import static id.jejak.platform.security.Role.ADMIN;
import static id.jejak.platform.security.Role.AUDITOR;
import static id.jejak.platform.security.Role.EMPLOYEE;
import static id.jejak.platform.security.Role.HR_OFFICER;
import static id.jejak.platform.security.Role.INSPECTOR;

/**
 * The console's own chain, ahead of the API's: a browser keeps a session (a signed-in page is followed by the next),
 * so this chain has sessions, a sign-in (the form in demo mode; OpenID Connect at the issuer in jwt mode, when a
 * client registration is configured) and CSRF protection on every form, while the API's chain stays stateless. The
 * pages are the API's reads, so they are open to the same roles as the endpoints they show; what this table does
 * not name is denied. An employee passes it for any person's page, and {@code PersonalDataAccess} then
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
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, JejakSecurityProperties properties,
                                                   ObjectProvider<ClientRegistrationRepository> issuers,
                                                   ObjectProvider<JwtDecoder> decoder, JwtUserConverter users)
            throws Exception {
        http.securityMatcher("/", "/console", "/console/**", "/login", "/logout", "/oauth2/**", "/login/oauth2/**")
                .authorizeHttpRequests(authorize -> {
                    // the error and refusal pages render a decision already taken
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                    authorize.requestMatchers(HttpMethod.GET, "/", "/login", "/console/assets/**").permitAll();
                    authorize.requestMatchers(HttpMethod.GET, "/console").authenticated();
                    RULES.forEach(rule -> authorize.requestMatchers(rule.method(), rule.path())
                            .hasAnyRole(JejakHttpSecurity.roles(rule.roles().toArray(Role[]::new))));
                    authorize.anyRequest().denyAll();
                })
                .exceptionHandling(refusals -> refusals.accessDeniedPage("/console/denied"));
        ClientRegistrationRepository issuer = issuers.getIfAvailable();
        if (properties.mode() == JejakSecurityProperties.Mode.DEMO) {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console"))
                    .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        } else if (issuer != null) {
            // the authorised client is needed only during the sign-in: kept in the session, it goes with it
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/console")
                            .failureUrl("/login?error")
                            .authorizationEndpoint(authorization -> authorization
                                    .authorizationRequestResolver(knownIssuersOnly(issuer)))
                            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                            .userInfoEndpoint(user -> user.oidcUserService(
                                    new ConsoleUserService(decoder.getObject(), users))))
                    .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signOutAtIssuer(issuer)));
        } else {
            // Boot made no client registration: nobody can sign in, and the sign-in page says so
            http.exceptionHandling(refusals -> refusals.authenticationEntryPoint(
                    new LoginUrlAuthenticationEntryPoint("/login")));
        }
        return http.build();
    }

    /**
     * Signing out of the console signs out at the issuer too, which then sends the browser back to sign in again; an
     * issuer configured by its endpoints rather than its discovery document names no end-session endpoint, and only
     * the console's session ends.
     */
    /**
     * Spring's resolver answers an unknown registration id with a 400 and a stack trace in the log; an edited address
     * naming no configured issuer is an unknown console address like any other (the sign-in page, then a 404).
     */
    private static OAuth2AuthorizationRequestResolver knownIssuersOnly(ClientRegistrationRepository issuer) {
        String base = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(issuer, base);
        var signIn = PathPatternRequestMatcher.withDefaults().matcher(base + "/{registrationId}");
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return known(request) ? resolver.resolve(request) : null;
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return issuer.findByRegistrationId(registrationId) == null ? null
                        : resolver.resolve(request, registrationId);
            }

            private boolean known(HttpServletRequest request) {
                var match = signIn.matcher(request);
                return !match.isMatch()
                        || issuer.findByRegistrationId(match.getVariables().get("registrationId")) != null;
            }
        };
    }

    private static LogoutSuccessHandler signOutAtIssuer(ClientRegistrationRepository issuer) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(issuer);
        handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }
}
