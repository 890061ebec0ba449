package id.jejak.platform.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Arrays;

/**
 * What both sides' security chains share; each side adds its table of rules by path and method, and whatever no rule
 * names is denied.
 * <ul>
 *     <li>Stateless, without sessions or cookies, so CSRF protection is off: a browser attaches nothing on its own
 *     that a forged request could ride on — every request carries its Basic header or bearer token explicitly.</li>
 *     <li>Demo mode signs in with HTTP Basic; token mode as an OAuth2 resource server checking the issuer's JWTs.</li>
 *     <li>401 and 403 are problem+json, logged; health is open; the API documents are open in demo mode and need a
 *     signed-in user in token mode.</li>
 * </ul>
 */
public class JejakHttpSecurity {

    /** The rules of one side, in the shape of Spring Security's request-matcher registry. */
    public interface Rules extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>
            .AuthorizationManagerRequestMatcherRegistry> {
    }

    private static final String[] API_DOCUMENTS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**"};

    private final JejakSecurityProperties properties;
    private final ProblemAuthenticationEntryPoint authenticationEntryPoint;
    private final ProblemAccessDeniedHandler accessDeniedHandler;
    private final JwtUserConverter jwtUsers;

    public JejakHttpSecurity(JejakSecurityProperties properties,
                             ProblemAuthenticationEntryPoint authenticationEntryPoint,
                             ProblemAccessDeniedHandler accessDeniedHandler, JwtUserConverter jwtUsers) {
        this.properties = properties;
        this.authenticationEntryPoint = authenticationEntryPoint;
        this.accessDeniedHandler = accessDeniedHandler;
        this.jwtUsers = jwtUsers;
    }

    public SecurityFilterChain build(HttpSecurity http, Rules rules) throws Exception {
        boolean demo = properties.mode() == JejakSecurityProperties.Mode.DEMO;
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(authenticationEntryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .authorizeHttpRequests(authorize -> {
                    // the error page renders a refusal already decided; it must not be refused in turn
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    authorize.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                    authorize.requestMatchers(HttpMethod.GET, "/actuator/prometheus", "/actuator/metrics",
                            "/actuator/metrics/**").hasRole(Role.ADMIN.name());
                    if (demo) {
                        authorize.requestMatchers(HttpMethod.GET, API_DOCUMENTS).permitAll();
                    } else {
                        authorize.requestMatchers(HttpMethod.GET, API_DOCUMENTS).authenticated();
                    }
                    rules.customize(authorize);
                    authorize.anyRequest().denyAll();
                });
        if (demo) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(authenticationEntryPoint));
        } else {
            http.oauth2ResourceServer(tokens -> tokens.bearerTokenResolver(new BearerTokenHeader())
                    .authenticationEntryPoint(authenticationEntryPoint)
                    .accessDeniedHandler(accessDeniedHandler)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtUsers)));
        }
        return http.build();
    }

    /** Role names as {@code hasAnyRole} takes them. */
    public static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
