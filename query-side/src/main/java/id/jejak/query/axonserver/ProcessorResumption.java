package id.jejak.query.axonserver;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;

/**
 * Starts again, as soon as Axon Server is reachable, a processor that gave up on its event stream. Axon's pooled
 * processor retries a lost stream with a back-off that doubles up to a minute and cannot be configured, so after an
 * outage of a minute or more its read models would stay behind for up to a minute more; a processor started again
 * opens its stream at once, from its tokens.
 */
class ProcessorResumption implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProcessorResumption.class);

    private final EventProcessingConfiguration processing;
    private final BooleanSupplier connected;

    ProcessorResumption(EventProcessingConfiguration processing, BooleanSupplier connected) {
        this.processing = processing;
        this.connected = connected;
    }

    @Override
    public void run() {
        try {
            if (connected.getAsBoolean()) {
                // a processor shut down on purpose (a rebuild resetting it) is not running, and is left alone
                processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast)
                        .filter(processor -> processor.isRunning() && processor.isError())
                        .forEach(this::restart);
            }
        } catch (RuntimeException e) {
            // scheduled again in a moment; an exception here would end the schedule
            log.warn("Could not start a processor again: {}", e.getClass().getSimpleName());
        }
    }

    private void restart(StreamingEventProcessor processor) {
        log.info("Axon Server is reachable again; starting processor {} again instead of waiting out its back-off",
                processor.getName());
        processor.shutDown();
        processor.start();
    }
}
