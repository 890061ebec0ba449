package id.jejak.command.dispatch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class CacheReconnectEvictionTest {

    private final LruCache cache = new LruCache(10);
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final CacheReconnectEviction eviction = new CacheReconnectEviction(List.of(cache), connected::get);

    @Test
    void cachedRecordsAreDroppedWhenAxonServerIsReachableAgain() {
        cache.put("198609262015051001", "record");
        eviction.run();
        connected.set(false);
        eviction.run();

        connected.set(true);
        eviction.run();

        assertThat(cache.size()).isZero();
    }

    @Test
    void cachedRecordsStayWhileTheLinkHolds() {
        cache.put("198609262015051001", "record");

        eviction.run();
        eviction.run();

        assertThat(cache.size()).isEqualTo(1);
    }
}
