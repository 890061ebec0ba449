package id.jejak.query.axonserver;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProcessorResumptionTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);

    @Test
    void aProcessorBackingOffFromALostStreamStartsAgainOnceAxonServerIsReachable() {
        StreamingEventProcessor processor = processor(true, true);

        new ProcessorResumption(processing, () -> true).run();

        verify(processor).shutDown();
        verify(processor).start();
    }

    @Test
    void nothingStartsAgainWhileAxonServerIsOutOfReach() {
        StreamingEventProcessor processor = processor(true, true);

        new ProcessorResumption(processing, () -> false).run();

        verify(processor, never()).start();
    }

    @Test
    void aHealthyProcessorAndOneShutDownForARebuildAreLeftAlone() {
        StreamingEventProcessor healthy = processor(true, false);
        StreamingEventProcessor rebuilding = mock(StreamingEventProcessor.class);
        when(rebuilding.isRunning()).thenReturn(false);
        when(rebuilding.isError()).thenReturn(true);
        when(processing.eventProcessors()).thenReturn(Map.of("profiles", healthy, "reports", rebuilding));

        new ProcessorResumption(processing, () -> true).run();

        verify(healthy, never()).shutDown();
        verify(rebuilding, never()).start();
    }

    private StreamingEventProcessor processor(boolean running, boolean error) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(running);
        when(processor.isError()).thenReturn(error);
        when(processor.getName()).thenReturn("profiles");
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of("profiles", processor));
        return processor;
    }
}
