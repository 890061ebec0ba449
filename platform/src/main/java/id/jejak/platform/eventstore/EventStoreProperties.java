package id.jejak.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param processorBatchSize events a streaming processor handles in one transaction; Axon's default of 1 makes a
 *                           replay an order of magnitude slower
 * @param processorSegments  segments a new streaming processor is split into, the most threads that can share it
 */
@ConfigurationProperties("jejak.event-store")
public record EventStoreProperties(
        @DefaultValue("100") int processorBatchSize,
        @DefaultValue("2") int processorSegments) {
}
