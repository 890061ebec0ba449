package id.jejak.command.dispatch;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An aggregate cache that never hands out a record older than the store. Several command nodes write to one store,
 * so the record a node cached may have moved on through another node; before Axon's caching repository uses a cached
 * record, its version is compared with the last sequence number the store holds for it (one indexed query, far
 * cheaper than replaying the stream) and a record that differs is forgotten, so the repository reads it from the
 * store. A write that races past the check still fails on the store's unique (record, sequence) key, which rolls the
 * command back, evicts the record and lets the concurrency retry decide again on the fresh one.
 */
final class StoreCheckedCache implements Cache {

    /**
     * Axon's cache entry keeps the version it was cached at but does not expose it; its in-memory aggregate (which
     * would) is transient. Read once here, and tested against Axon's own class, so an upgrade that renames it fails
     * the build rather than a command.
     */
    private static final VarHandle CACHED_VERSION;

    static {
        try {
            CACHED_VERSION = MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Cache delegate;
    private final Supplier<EventStore> store;

    /** The store is looked up on first use: the event store is built after the repositories' caches. */
    StoreCheckedCache(Cache delegate, Supplier<EventStore> store) {
        this.delegate = delegate;
        this.store = store;
    }

    @Override
    public <K, V> V get(K key) {
        V value = delegate.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !isCurrent(key, entry)) {
            delegate.remove(key);
            return null;
        }
        return value;
    }

    private boolean isCurrent(Object key, AggregateCacheEntry<?> entry) {
        Long cached = (Long) CACHED_VERSION.get(entry);
        return Objects.equals(cached, store.get().lastSequenceNumberFor(key.toString()).orElse(null));
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return delegate.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public boolean remove(Object key) {
        return delegate.remove(key);
    }

    @Override
    public void removeAll() {
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        delegate.computeIfPresent(key, update);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }
}
