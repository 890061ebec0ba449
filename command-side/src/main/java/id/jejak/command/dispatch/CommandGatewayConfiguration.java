package id.jejak.command.dispatch;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Axon's gateway, with commands that lost a race on the same record sent again a few times before a 409. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                  @Value("${jejak.commands.concurrency-retries:5}") int retries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor, retries))
                .build();
    }
}
