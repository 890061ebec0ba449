package id.jejak.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LruCacheTest {

    @Test
    void forgetsTheLeastRecentlyUsedRecordWhenFull() {
        LruCache cache = new LruCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void removesWhatARolledBackCommandLeftAndTellsItsListeners() {
        LruCache cache = new LruCache(10);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });
        cache.put("197008172000031001", "record");

        assertThat(cache.remove("197008172000031001")).isTrue();
        assertThat(cache.remove("197008172000031001")).isFalse();
        assertThat(cache.<String, Object>get("197008172000031001")).isNull();
        assertThat(heard).containsExactly("created 197008172000031001", "removed 197008172000031001");
    }

    @Test
    void putIfAbsentAndComputeKeepTheFirstValue() {
        LruCache cache = new LruCache(10);
        assertThat(cache.putIfAbsent("k", 1)).isTrue();
        assertThat(cache.putIfAbsent("k", 2)).isFalse();
        assertThat(cache.computeIfAbsent("k", () -> 3)).isEqualTo(1);
        cache.<Integer>computeIfPresent("k", value -> value + 10);
        assertThat(cache.<String, Integer>get("k")).isEqualTo(11);
    }

    @Test
    void holdsAtLeastOneRecord() {
        assertThatThrownBy(() -> new LruCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
