package id.jejak.query.history;

import id.jejak.query.projection.PersonOrder;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CareerHistoryConfiguration {

    @Bean
    ConfigurerModule careerHistoryInPersonOrder() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(CareerHistoryProjection.NAME, configuration -> PersonOrder.INSTANCE);
    }
}
