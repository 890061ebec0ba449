package id.jejak.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently decided records in memory, so that a command on one of them does not read and replay its whole
 * stream again (a civil servant collects some sixty events in five years). {@code jejak.commands.aggregate-cache}
 * chooses the kind: {@code lru} (default: the {@code size} most recently used records of each type), {@code weak}
 * (Axon's WeakReferenceCache: until the next garbage collection) or {@code none}. The benchmark module measures them.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfiguration {

    private final String kind;
    private final int size;

    AggregateCacheConfiguration(@Value("${jejak.commands.aggregate-cache.kind:lru}") String kind,
                                @Value("${jejak.commands.aggregate-cache.size:10000}") int size) {
        this.kind = kind;
        this.size = size;
    }

    @Bean
    Cache civilServantCache() {
        return cache();
    }

    @Bean
    Cache programmeCache() {
        return cache();
    }

    private Cache cache() {
        return switch (kind) {
            case "lru" -> new LruCache(size);
            case "weak" -> new WeakReferenceCache();
            case "none" -> NoCache.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "jejak.commands.aggregate-cache.kind is lru, weak or none, not " + kind);
        };
    }
}
