package id.jejak.query.axonserver;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** What a query side does about its link to Axon Server, under the {@code axonserver} profile. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerLinkConfiguration {

    /** Named as Axon's, which it replaces: the health component stays {@code axonServer}. */
    @Bean
    ReadsServedHealthIndicator axonServerHealthIndicator(AxonServerConnectionManager connections) {
        return new ReadsServedHealthIndicator(connections);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService processorResumption(EventProcessingConfiguration processing,
                                                 AxonServerConnectionManager connections,
                                                 @Value("${jejak.axonserver.resume-check:PT2S}") Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processor-resumption");
            thread.setDaemon(true);
            return thread;
        });
        ProcessorResumption resumption = new ProcessorResumption(processing,
                () -> connections.isConnected(connections.getDefaultContext()));
        executor.scheduleWithFixedDelay(resumption, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return executor;
    }
}
