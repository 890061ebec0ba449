package id.jejak.query.security;

import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's chain as this version of it builds it: unwrapped from the handler-lookup cache filter
 * ({@code platform} {@code security.OneHandlerLookup}), its rules matching paths without asking Spring MVC. An upgrade
 * that wraps the chain otherwise fails here rather than quietly looking every request's handler up twice.
 */
@QuerySideTest
class OneHandlerLookupInPlaceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Object springSecurityFilterChain;

    @Test
    void requestsPassSpringSecurityWithoutAHandlerLookupOfTheirOwn() {
        assertThat(springSecurityFilterChain).isInstanceOf(FilterChainProxy.class);
        assertThat(springSecurityFilterChain.getClass().getName()).doesNotContain("WebMvc");
        assertThat(context.getBeanNamesForType(PathPatternRequestMatcher.Builder.class)).isNotEmpty();
        assertThat(((FilterChainProxy) springSecurityFilterChain).getFilterChains()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(chain -> assertThat(((DefaultSecurityFilterChain) chain).getRequestMatcher().toString())
                        .doesNotContain("Mvc"));
    }
}
