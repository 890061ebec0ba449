package id.jejak.platform.messaging;

import id.jejak.kernel.EventMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * What every event inherits from the command that caused it. Declaring these replaces Axon's default
 * MessageOriginProvider, so the correlation and causation identifiers are provided here too.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class MessagingAutoConfiguration {

    /** The decision's context travels unchanged from the command to each event it causes. */
    @Bean
    public CorrelationDataProvider decisionContextProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTOR_ID, EventMetadata.ACTOR_ROLE,
                EventMetadata.REASON, EventMetadata.LEGAL_BASIS);
    }

    /**
     * The causation is the message being handled; the correlation is the one the conversation started with,
     * or this message when it starts one.
     */
    @Bean
    public CorrelationDataProvider causationProvider() {
        return message -> Map.of(
                EventMetadata.CAUSATION_ID, message.getIdentifier(),
                EventMetadata.CORRELATION_ID,
                message.getMetaData().getOrDefault(EventMetadata.CORRELATION_ID, message.getIdentifier()));
    }
}
