package id.jejak.platform.outage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per outage every few seconds, not one per refused request: while the database is away every request
 * fails the same way. The line names the exceptions' types only; their messages may quote a statement's values.
 */
public final class OutageLog {

    private static final Logger log = LoggerFactory.getLogger(OutageLog.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - EVERY_NANOS);
    private final AtomicLong unlogged = new AtomicLong();

    public void unavailable(Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last < EVERY_NANOS || !lastLogged.compareAndSet(last, now)) {
            unlogged.incrementAndGet();
            return;
        }
        log.warn("The database is out of reach; answering 503 ({}), {} more such answer(s) since the last line",
                causes(failure), unlogged.getAndSet(0));
    }

    static String causes(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable cause = failure; cause != null && names.size() < 8; cause = cause.getCause() == cause ? null
                : cause.getCause()) {
            names.add(cause.getClass().getSimpleName()
                    + (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    ? "[" + sql.getSQLState() + "]" : ""));
        }
        return String.join(" <- ", names);
    }
}
