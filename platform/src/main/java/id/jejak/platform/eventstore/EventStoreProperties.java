package id.jejak.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param processorBatchSize events a streaming processor handles in one transaction; Axon's default of 1 makes a
 *                           replay an order of magnitude slower
 * @param processorSegments  segments a new streaming processor is split into, the most threads that can share it
 * @param tokenClaimInterval how often a processor looks for an unclaimed segment: with several nodes, how soon one
 *                           takes over a segment another released or whose claim expired
 */
@ConfigurationProperties("jejak.event-store")
public record EventStoreProperties(
        @DefaultValue("100") int processorBatchSize,
        @DefaultValue("2") int processorSegments,
        @DefaultValue("2s") Duration tokenClaimInterval) {
}
