package id.jejak.command.dispatch;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds the cost of reading a long record: after every {@code jejak.commands.snapshot-threshold} events (default
 * 100) read to rebuild a civil servant, Axon stores a snapshot of the whole record, and the next read starts from it
 * and replays only the events after it. The snapshot is a copy: the events stay the record, and a snapshot of an
 * older revision of the record's class is ignored, the whole stream replayed.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    @Bean
    SnapshotTriggerDefinition civilServantSnapshots(Snapshotter snapshotter,
                                                    @Value("${jejak.commands.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
