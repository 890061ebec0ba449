package id.jejak.platform.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event processors, as readiness sees them: down while one is stopped or in error (its read model no longer
 * follows the store), with each one's state, claimed segments and whether they have caught up as details.
 */
public class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public ProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        super("the event processors could not be inspected");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean up = true;
        Map<String, Object> processors = new LinkedHashMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("running", processor.isRunning());
            state.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                var segments = streaming.processingStatus().values();
                state.put("claimedSegments", segments.size());
                state.put("caughtUp", segments.stream().allMatch(segment -> segment.isCaughtUp()));
            }
            up &= processor.isRunning() && !processor.isError();
            processors.put(entry.getKey(), state);
        }
        (up ? health.up() : health.down()).withDetail("processors", processors);
    }
}
