package id.jejak.command.dispatch;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** What a command side does about its link to Axon Server, under the {@code axonserver} profile. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerLinkConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService cacheReconnectEviction(List<Cache> caches, AxonServerConnectionManager connections,
                                                    @Value("${jejak.axonserver.link-check:PT1S}") Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "axonserver-link");
            thread.setDaemon(true);
            return thread;
        });
        var eviction = new CacheReconnectEviction(caches,
                () -> connections.isConnected(connections.getDefaultContext()));
        executor.scheduleWithFixedDelay(eviction, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return executor;
    }
}
