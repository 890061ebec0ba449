package id.jejak.query.admin;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * One pass over the event store feeding every projection being rebuilt. The reader reads each event once and
 * deserializes it once; every projection's handlers take it from there in lanes, one per segment of the projection's
 * own sequencing policy, so a projection's work spreads over the cores as its live segments do, in order within a
 * lane. A lane applies a chunk of events in one transaction whose search path puts the fresh tables first
 * ({@link FreshTables}), so the handlers, unchanged, write and read the copies while the live processors go on writing
 * the serving tables; the chunk's statements go out as JDBC batches when it commits ({@code projection.StatementBatch}),
 * which the driver sends as multi-row INSERTs.
 */
final class OnePassRebuild implements AutoCloseable {

    private static final List<TrackedEventMessage<?>> END = List.of();
    /** Nothing arriving for this long means the reader has reached the head, whatever the store's head token says. */
    private static final long QUIET_MILLIS = 2_000;
    /**
     * How long a lane's statement may wait for the server's answer, where a reader's waits the driver's few seconds:
     * a chunk's statements wait behind a lock or a busy server now and then, and one that outlasted the readers' bound
     * failed the whole rebuild.
     */
    static final Duration LANE_STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    private final EventStore eventStore;
    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final List<Lane> lanes = new ArrayList<>();
    private final Semaphore transactions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String searchPath;
    private final int chunkSize;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private TrackingToken last;
    private long events;
    /** Chunks handed to every lane so far; guarded by this pass, as each lane's count of those it has applied. */
    private long published;

    /**
     * @param invokers     each projection's handlers, as its live processor calls them
     * @param segments     lanes per projection
     * @param transactions lane transactions at once, each holding a connection
     */
    OnePassRebuild(EventStore eventStore, Map<String, EventHandlerInvoker> invokers, int segments, int transactions,
                   int chunkSize, JdbcTemplate jdbc, TransactionTemplate transaction, String searchPath) {
        this.eventStore = eventStore;
        this.transactions = new Semaphore(transactions);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.searchPath = searchPath;
        this.chunkSize = chunkSize;
        invokers.forEach((projection, invoker) -> {
            for (Segment segment : Segment.splitBalanced(Segment.ROOT_SEGMENT, segments - 1)) {
                lanes.add(new Lane(projection, invoker, segment));
            }
        });
        lanes.forEach(Lane::start);
        // from the tail token, not null: Axon's embedded store may hand a null token the shared stream at its head
        this.stream = eventStore.openStream(eventStore.createTailToken());
    }

    /** Reads every event up to the head the store has now, feeding it to every lane; reports the position reached. */
    void readUpToHead(LongConsumer progress) throws InterruptedException {
        long head = position(eventStore.createHeadToken());
        List<TrackedEventMessage<?>> chunk = new ArrayList<>(chunkSize);
        long quietSince = System.nanoTime();
        while (position(last) < head) {
            if (!stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
                if (System.nanoTime() - quietSince > TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                    break;
                }
                continue;
            }
            quietSince = System.nanoTime();
            TrackedEventMessage<?> message = stream.nextAvailable();
            message.getPayload();
            message.getMetaData();
            chunk.add(message);
            last = message.trackingToken();
            events++;
            if (chunk.size() == chunkSize) {
                publish(chunk);
                chunk = new ArrayList<>(chunkSize);
                progress.accept(position(last));
            }
        }
        if (!chunk.isEmpty()) {
            publish(chunk);
        }
        progress.accept(position(last));
    }

    /**
     * Waits until every lane has applied every event read so far, the lanes going on; rethrows the first lane's
     * failure. Until then a lane may still write its copies: sealing one meanwhile would hold the lane's statements
     * behind the seal's lock for as long as the seal takes.
     */
    synchronized void awaitApplied() throws InterruptedException {
        while (lanes.stream().anyMatch(lane -> lane.applied < published)) {
            rethrowFailure();
            wait(100);
        }
        rethrowFailure();
    }

    /** Waits until every lane has applied everything read; rethrows the first lane's failure. */
    void finish() throws InterruptedException {
        publish(END);
        for (Lane lane : lanes) {
            lane.thread.join();
        }
        rethrowFailure();
    }

    /** The token of the last event read, from which the live processors go on; null if the store is empty. */
    TrackingToken lastToken() {
        return last;
    }

    long events() {
        return events;
    }

    @Override
    public void close() {
        stream.close();
        lanes.forEach(lane -> lane.thread.interrupt());
    }

    private void publish(List<TrackedEventMessage<?>> chunk) throws InterruptedException {
        for (Lane lane : lanes) {
            while (!lane.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        }
        synchronized (this) {
            published++;
        }
    }

    private synchronized void applied(Lane lane) {
        lane.applied++;
        notifyAll();
    }

    /** Keeps the first lane's failure, and wakes whoever waits for the lanes to see it. */
    private synchronized void failed(Throwable thrown) {
        failure.compareAndSet(null, thrown);
        notifyAll();
    }

    private void rethrowFailure() {
        Throwable thrown = failure.get();
        if (thrown != null) {
            throw new IllegalStateException("a projection failed to handle an event", thrown);
        }
    }

    static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private final class Lane implements Runnable {

        private final EventHandlerInvoker invoker;
        private final Segment segment;
        private final LaneFilter filter;
        /** Two chunks ahead keep a lane fed; each more is another chunk of events held in the heap. */
        private final BlockingQueue<List<TrackedEventMessage<?>>> chunks = new ArrayBlockingQueue<>(2);
        private final Thread thread;
        private long applied;

        Lane(String projection, EventHandlerInvoker invoker, Segment segment) {
            this.invoker = invoker;
            this.segment = segment;
            this.filter = new LaneFilter(invoker, segment);
            this.thread = new Thread(this, "rebuild-" + projection + "-" + segment.getSegmentId());
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            try {
                for (var chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                    List<TrackedEventMessage<?>> mine = chunk.stream().filter(filter::takes).toList();
                    if (!mine.isEmpty()) {
                        transactions.acquire();
                        try {
                            transaction.executeWithoutResult(status -> apply(mine));
                        } finally {
                            transactions.release();
                        }
                    }
                    applied(this);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failed(e);
            }
        }

        private void apply(List<TrackedEventMessage<?>> messages) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                NetworkTimeout.raised(connection, LANE_STATEMENT_TIMEOUT, () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set local search_path to " + searchPath);
                    }
                    handle(messages);
                });
                return null;
            });
        }

        private void handle(List<TrackedEventMessage<?>> messages) {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(messages.get(0));
            try {
                for (TrackedEventMessage<?> message : messages) {
                    invoker.handle(message, segment);
                }
            } catch (Exception e) {
                unitOfWork.rollback(e);
                throw new IllegalStateException(e);
            }
            // sends the statements the handlers queued, in this transaction
            unitOfWork.commit();
        }
    }
}
