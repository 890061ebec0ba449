package id.jejak.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently decided records in memory, so that a command on one of them does not read and replay its whole
 * stream again (a civil servant collects some sixty events in five years). {@code jejak.commands.aggregate-cache}
 * chooses the kind: {@code lru} (default: the {@code size} most recently used records of each type), {@code weak}
 * (Axon's WeakReferenceCache: until the next garbage collection) or {@code none}. The benchmark module measures them.
 * Whatever the kind, a cached record is checked against the store before it is used ({@link StoreCheckedCache}), so
 * any number of command nodes may share one store.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfiguration {

    private final String kind;
    private final int size;
    private final ObjectProvider<EventStore> eventStore;

    AggregateCacheConfiguration(@Value("${jejak.commands.aggregate-cache.kind:lru}") String kind,
                                @Value("${jejak.commands.aggregate-cache.size:10000}") int size,
                                ObjectProvider<EventStore> eventStore) {
        this.kind = kind;
        this.size = size;
        this.eventStore = eventStore;
    }

    @Bean
    Cache civilServantCache() {
        return cache();
    }

    @Bean
    Cache programmeCache() {
        return cache();
    }

    /** A big unit's plan collects a realisation a person and item: over a thousand events in one year. */
    @Bean
    Cache developmentPlanCache() {
        return cache();
    }

    private Cache cache() {
        return switch (kind) {
            case "lru" -> new StoreCheckedCache(new LruCache(size), eventStore::getObject);
            case "weak" -> new StoreCheckedCache(new WeakReferenceCache(), eventStore::getObject);
            case "none" -> NoCache.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "jejak.commands.aggregate-cache.kind is lru, weak or none, not " + kind);
        };
    }
}
