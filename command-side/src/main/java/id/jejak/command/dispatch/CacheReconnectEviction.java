package id.jejak.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Forgets every cached record once Axon Server is reachable again after it was not. While it was away, or while it
 * restarted, commands for this node's records may have been routed to another command node, which appended to them;
 * a record this node kept would then be decided on as it was before. A command that meets such a record while
 * appending is retried anyway (the append fails and drops the record), but a rule's refusal decided on old state
 * would not be: hence all of them, at once.
 */
class CacheReconnectEviction implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(CacheReconnectEviction.class);

    private final List<Cache> caches;
    private final BooleanSupplier connected;
    private boolean wasConnected = true;

    CacheReconnectEviction(List<Cache> caches, BooleanSupplier connected) {
        this.caches = caches;
        this.connected = connected;
    }

    @Override
    public synchronized void run() {
        try {
            boolean now = connected.getAsBoolean();
            if (now && !wasConnected) {
                caches.forEach(Cache::removeAll);
                log.info("Axon Server is reachable again; cached records dropped, each is read from the store next");
            }
            wasConnected = now;
        } catch (RuntimeException e) {
            // scheduled again in a moment; an exception here would end the schedule
            log.warn("Could not check the link to Axon Server: {}", e.getClass().getSimpleName());
        }
    }
}
