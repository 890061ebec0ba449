package id.jejak.platform.security;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfiguration;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.util.List;

/**
 * A request's handler looked up once, by the dispatcher. Spring Security wraps its filter chain in
 * {@link HandlerMappingIntrospector}'s cache filter, which looks the handler up before the chain runs, for request
 * matchers that match as Spring MVC would and for CORS; Jejak's rules match paths with {@code PathPatternRequestMatcher}
 * (Spring Security 7's default, chosen in {@link JejakSecurityAutoConfiguration}) and configure no CORS, so nothing
 * reads what the filter finds. Its look-up compares the request with every mapping: in JFR profiles of a person's
 * history read, 6% of the JVM's samples, as much as the dispatcher's own. This puts Spring Security's own chain back
 * in the wrapper's place.
 * <p>
 * The wrapper is a bean definition Spring Security's configuration registers in place of its chain's, holding the
 * chain's definition (as {@link WebSecurityConfiguration} made it) after the cache filter's; one this does not
 * recognise is left as it is, and the application works as before, looking up twice.
 */
final class OneHandlerLookup implements BeanFactoryPostProcessor {

    static final String FILTER_CHAIN = "springSecurityFilterChain";
    /** Spring Security's configuration for Spring MVC is not public: its classes are named. */
    private static final String MVC_SECURITY = WebSecurityConfiguration.class.getPackageName()
            + ".WebMvcSecurityConfiguration";
    private static final String WRAPPER = MVC_SECURITY + "$CompositeFilterChainProxy";
    private static final String CACHE_FILTER = MVC_SECURITY + "$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(FILTER_CHAIN)) {
            return;
        }
        BeanDefinition wrapper = registry.getBeanDefinition(FILTER_CHAIN);
        if (!WRAPPER.equals(wrapper.getBeanClassName())) {
            return;
        }
        ConstructorArgumentValues.ValueHolder filters =
                wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (filters == null || !(filters.getValue() instanceof List<?> wrapped) || wrapped.size() != 2
                || !(wrapped.get(0) instanceof BeanDefinition cacheFilter)
                || !CACHE_FILTER.equals(cacheFilter.getBeanClassName())
                || !(wrapped.get(1) instanceof BeanDefinition chain) || !builtByWebSecurity(chain)) {
            return;
        }
        registry.removeBeanDefinition(FILTER_CHAIN);
        registry.registerBeanDefinition(FILTER_CHAIN, chain);
    }

    /** The chain as {@link WebSecurityConfiguration} defines it: by its factory method, or as its own composite. */
    private static boolean builtByWebSecurity(BeanDefinition chain) {
        return FILTER_CHAIN.equals(chain.getFactoryMethodName()) || chain.getBeanClassName() != null
                && chain.getBeanClassName().startsWith(WebSecurityConfiguration.class.getName() + "$");
    }
}
