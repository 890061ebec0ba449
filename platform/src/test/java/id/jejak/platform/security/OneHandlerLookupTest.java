package id.jejak.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.ManagedList;
import org.springframework.security.config.annotation.web.configuration.WebSecurityConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OneHandlerLookupTest {

    private static final String SECURITY = WebSecurityConfiguration.class.getPackageName() + ".";

    @Test
    void theChainWrappedInTheCacheFilterTakesTheWrappersPlace() {
        for (AbstractBeanDefinition chain : List.of(chain("springSecurityFilterChain"),
                BeanDefinitionBuilder.rootBeanDefinition(SECURITY + "WebSecurityConfiguration$CompositeFilterChainProxy")
                        .getBeanDefinition())) {
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerBeanDefinition(OneHandlerLookup.FILTER_CHAIN,
                    wrapper(SECURITY + "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean",
                            chain));

            new OneHandlerLookup().postProcessBeanFactory(beans);

            assertThat(beans.getBeanDefinition(OneHandlerLookup.FILTER_CHAIN)).isSameAs(chain);
        }
    }

    @Test
    void aWrapperOfAnythingElseIsLeftAsItIs() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        AbstractBeanDefinition otherFilter = wrapper(SECURITY + "SomeOtherFilterFactoryBean",
                chain("springSecurityFilterChain"));
        beans.registerBeanDefinition(OneHandlerLookup.FILTER_CHAIN, otherFilter);
        DefaultListableBeanFactory otherChain = new DefaultListableBeanFactory();
        AbstractBeanDefinition notTheChain = wrapper(
                SECURITY + "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean",
                chain("someOtherFilter"));
        otherChain.registerBeanDefinition(OneHandlerLookup.FILTER_CHAIN, notTheChain);

        new OneHandlerLookup().postProcessBeanFactory(beans);
        new OneHandlerLookup().postProcessBeanFactory(otherChain);

        assertThat(beans.getBeanDefinition(OneHandlerLookup.FILTER_CHAIN)).isSameAs(otherFilter);
        assertThat(otherChain.getBeanDefinition(OneHandlerLookup.FILTER_CHAIN)).isSameAs(notTheChain);
    }

    @Test
    void aChainNotWrappedIsLeftAsItIs() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        AbstractBeanDefinition chain = chain("springSecurityFilterChain");
        beans.registerBeanDefinition(OneHandlerLookup.FILTER_CHAIN, chain);

        new OneHandlerLookup().postProcessBeanFactory(beans);

        assertThat(beans.getBeanDefinition(OneHandlerLookup.FILTER_CHAIN)).isSameAs(chain);
    }

    /** As Spring Security's configuration may register its chain: a factory method of its configuration class. */
    private static AbstractBeanDefinition chain(String factoryMethod) {
        return BeanDefinitionBuilder.genericBeanDefinition()
                .setFactoryMethodOnBean(factoryMethod, SECURITY + "WebSecurityConfiguration").getBeanDefinition();
    }

    /** As Spring Security's configuration wraps its chain when Spring MVC is there. */
    private static AbstractBeanDefinition wrapper(String filterClass, AbstractBeanDefinition chain) {
        ManagedList<Object> filters = new ManagedList<>();
        filters.add(BeanDefinitionBuilder.genericBeanDefinition(filterClass).getBeanDefinition());
        filters.add(chain);
        return BeanDefinitionBuilder.genericBeanDefinition(SECURITY + "WebMvcSecurityConfiguration$CompositeFilterChainProxy")
                .addConstructorArgValue(filters).getBeanDefinition();
    }
}
