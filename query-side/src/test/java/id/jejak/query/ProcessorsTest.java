package id.jejak.query;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
class ProcessorsTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Configuration axon;

    @Autowired
    ApplicationContext context;

    @Test
    void everyProjectionStreamsFromTheStoreInBatchesOfAHundred() {
        assertThat(processing.eventProcessors().keySet()).contains("career-history", "trainings");
        for (EventProcessor processor : processing.eventProcessors().values()) {
            assertThat(processor).isInstanceOf(PooledStreamingEventProcessor.class);
            // Axon exposes no getter for it; a batch of 1, its default, makes a replay ten times slower
            assertThat(ReflectionTestUtils.getField(processor, "batchSize")).isEqualTo(100);
        }
    }

    @Test
    void theProjectionsWorkOutNoCorrelationDataForTheEventsTheyHandle() {
        assertThat(axon.correlationDataProviders()).isEmpty();
    }

    @Test
    void noHandlerCallIsTimedByAxon() {
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
    }
}
