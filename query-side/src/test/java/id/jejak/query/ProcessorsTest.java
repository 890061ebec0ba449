package id.jejak.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

@QuerySideTest
class ProcessorsTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyProjectionStreamsFromTheStoreInBatchesOfAHundred() {
        assertThat(processing.eventProcessors().keySet()).contains("career-history", "trainings");
        for (EventProcessor processor : processing.eventProcessors().values()) {
            assertThat(processor).isInstanceOf(PooledStreamingEventProcessor.class);
            // Axon exposes no getter for it; a batch of 1, its default, makes a replay ten times slower
            assertThat(ReflectionTestUtils.getField(processor, "batchSize")).isEqualTo(100);
        }
    }
}
