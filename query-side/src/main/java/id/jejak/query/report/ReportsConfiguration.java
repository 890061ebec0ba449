package id.jejak.query.report;

import id.jejak.query.projection.PersonOrder;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    /** The lesson hours the reports keep per person, year and unit follow from several streams' events about them. */
    @Bean
    ConfigurerModule reportsInPersonOrder() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ReportsProjection.NAME, configuration -> PersonOrder.INSTANCE);
    }
}
