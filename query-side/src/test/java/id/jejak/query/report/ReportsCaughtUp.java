package id.jejak.query.report;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waits until the reports processor has handled every event the store held when asked: each of its segments has
 * reached the head, which a segment does for events of other segments too. A replay counts as done there although
 * the status says "replaying" until an event beyond the reset position arrives.
 */
final class ReportsCaughtUp {

    private ReportsCaughtUp() {
    }

    static StreamingEventProcessor processor(EventProcessingConfiguration processing) {
        return processing.eventProcessor(ReportsProjection.NAME, StreamingEventProcessor.class).orElseThrow();
    }

    static void waitFor(EventProcessingConfiguration processing, EventStore eventStore) {
        long head = eventStore.createHeadToken().position().orElse(0);
        StreamingEventProcessor processor = processor(processing);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            assertThat(processor.isRunning() && !segments.isEmpty() && segments.values().stream()
                    .allMatch(status -> status.isCaughtUp() && !status.isErrorState()
                            && status.getCurrentPosition().orElse(-1) >= head))
                    .as("head %d, running %s, segments %s", head, processor.isRunning(), segments).isTrue();
        });
    }
}
