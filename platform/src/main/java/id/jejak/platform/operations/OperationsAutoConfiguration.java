package id.jejak.platform.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Readiness that knows the event processors ({@link ProcessorsHealthIndicator}), and the request log. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
public class OperationsAutoConfiguration {

    @Bean(name = "processorsHealthIndicator")
    @ConditionalOnBean(EventProcessingConfiguration.class)
    ProcessorsHealthIndicator processorsHealthIndicator(EventProcessingConfiguration processing) {
        return new ProcessorsHealthIndicator(processing);
    }

    @Bean
    RequestLog requestLog() {
        return new RequestLog();
    }
}
