package id.jejak.command.development;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DevelopmentConfiguration {

    @Bean
    NeedPolicy needPolicy(Environment environment) {
        return Binder.get(environment).bind("jejak.development.need-policy", NeedPolicy.class)
                .orElse(NeedPolicy.DEFAULT);
    }
}
