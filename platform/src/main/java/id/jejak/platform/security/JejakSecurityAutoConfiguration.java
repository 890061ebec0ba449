package id.jejak.platform.security;

import id.jejak.platform.web.ProblemWriter;
import id.jejak.platform.web.WebAutoConfiguration;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Authentication for both sides: the user from demo passwords or from an issuer's tokens, and 401/403/400 refusals
 * as problem+json. Each side declares its own {@code SecurityFilterChain} with {@link JejakHttpSecurity}.
 */
@AutoConfiguration(after = WebAutoConfiguration.class,
        before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication
@EnableConfigurationProperties(JejakSecurityProperties.class)
public class JejakSecurityAutoConfiguration {

    @Bean
    public ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter problems,
                                                                           JejakSecurityProperties properties) {
        return new ProblemAuthenticationEntryPoint(problems, properties.mode());
    }

    @Bean
    public ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemWriter problems) {
        return new ProblemAccessDeniedHandler(problems);
    }

    /** Spring Security's web configuration takes the firewall's refusal handler from the context. */
    @Bean
    public ProblemRequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return new ProblemRequestRejectedHandler(problems);
    }

    /** Spring Security's strict firewall, its character rules checked without regular expressions. */
    @Bean
    public HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::allowedInAName);
        firewall.setAllowedHeaderValues(FirewallCharacters::allowedInAValue);
        firewall.setAllowedParameterNames(FirewallCharacters::allowedInAName);
        return firewall;
    }

    @Bean
    public JwtUserConverter jwtUserConverter(JejakSecurityProperties properties) {
        return new JwtUserConverter(properties.jwt());
    }

    @Bean
    public JejakHttpSecurity jejakHttpSecurity(JejakSecurityProperties properties,
                                               ProblemAuthenticationEntryPoint authenticationEntryPoint,
                                               ProblemAccessDeniedHandler accessDeniedHandler,
                                               JwtUserConverter jwtUserConverter,
                                               org.springframework.core.env.Environment environment) {
        if (properties.mode() == JejakSecurityProperties.Mode.JWT) {
            SecurityModeGuard.checkJwt(environment);
        }
        return new JejakHttpSecurity(properties, authenticationEntryPoint, accessDeniedHandler, jwtUserConverter);
    }

    /** Whichever decoder checks the issuer's tokens (Spring Boot's, from its properties) checks each token once. */
    @Bean
    public static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder) : bean;
            }
        };
    }

    /**
     * Every rule's {@code requestMatchers(String)} and {@code securityMatcher(String)} a path pattern as Spring MVC's
     * own parser reads it, not a matcher asking Spring MVC which handler the request goes to: with MVC's defaults (no
     * suffix patterns, no trailing-slash match) they match the same requests, without a handler lookup of their own.
     */
    @Bean
    public static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    public static BeanFactoryPostProcessor oneHandlerLookup() {
        return new OneHandlerLookup();
    }

    /** The demo users and their password check; Spring Security builds the Basic sign-in from these two beans. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "jejak.security.mode", havingValue = "demo", matchIfMissing = true)
    static class Demo {

        @Bean
        public DemoUsers demoUsers(JejakSecurityProperties properties) {
            return new DemoUsers(properties.demo().passwordCost());
        }

        @Bean
        public PasswordEncoder demoPasswordEncoder(JejakSecurityProperties properties) {
            return DemoUsers.encoder(properties.demo().passwordCost());
        }
    }
}
