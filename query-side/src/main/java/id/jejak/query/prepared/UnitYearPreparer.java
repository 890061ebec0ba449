package id.jejak.query.prepared;

import id.jejak.query.admin.ProjectionRebuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads every unit's recent years ahead of readers, for each read whose answers are kept ({@link UnitYearReads}: the
 * findings, the 20-JP report), and reads again those whose facts changed since, so that an auditor's first read of a
 * unit-year is answered as quickly as the next. The most recent years first; a read's preparation stops at half the
 * rows its answers may hold, leaving the rest to what readers ask. Each node prepares its own answers.
 */
@Component
public class UnitYearPreparer {

    private static final Logger log = LoggerFactory.getLogger(UnitYearPreparer.class);
    /** Events a projection may be behind the store and still prepare: a few seconds of a busy agency's. */
    private static final long FAR_BEHIND = 10_000;
    /**
     * At most this share of one core, on average, goes to preparing: while facts change all the time (a bulk load),
     * answers end as soon as they are prepared, and the next preparation waits nine times as long as the last took.
     */
    private static final long SHARE_OF_A_CORE_PERCENT = 10;
    private static final long SECOND = 1_000_000_000L;

    /**
     * What one preparation did: the unit-years it read, and how many answers were decided meanwhile (its own, and any
     * reader's at the same time).
     */
    public record Preparation(int unitYears, long decided, double seconds) {
    }

    private final List<UnitYearReads> reads;
    private final PreparedProperties properties;
    private final Clock clock;
    private final ProjectionRebuilds rebuilds;
    /** When the scheduled preparation may run again, on {@link System#nanoTime()}'s scale. */
    private volatile long resumeAt = System.nanoTime();

    public UnitYearPreparer(List<UnitYearReads> reads, PreparedProperties properties, Clock clock,
                     ProjectionRebuilds rebuilds) {
        this.reads = List.copyOf(reads);
        this.properties = properties;
        this.clock = clock;
        this.rebuilds = rebuilds;
    }

    @Scheduled(initialDelayString = "${jejak.prepared.every:30s}", fixedDelayString = "${jejak.prepared.every:30s}")
    void prepareOnSchedule() {
        if (System.nanoTime() < resumeAt) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (settled()) {
                prepare(settledEverySecond());
            }
        } catch (DataAccessException | TransactionException e) {
            // the database away: readers decide their answers when it is back, and the next preparation prepares them
            log.warn("unit-years not prepared: {}", e.getClass().getSimpleName());
        } finally {
            long end = System.nanoTime();
            resumeAt = end + (end - start) * (100 / SHARE_OF_A_CORE_PERCENT - 1);
        }
    }

    /** Prepares the recent years of every unit anyone was ever in, now, on the caller's thread. */
    public Preparation prepare() {
        return prepare(() -> true);
    }

    /** @param stillSettled asked before each unit-year: a preparation stops when a rebuild starts */
    private synchronized Preparation prepare(BooleanSupplier stillSettled) {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<List<String>> units = reads.stream().map(read -> read.units().get()).toList();
        int unitYears = 0;
        long decidedBefore = decidedSoFar();
        for (int year = today.getYear(); year > today.getYear() - properties.years(); year--) {
            for (int r = 0; r < reads.size(); r++) {
                UnitYearReads read = reads.get(r);
                for (String unit : units.get(r)) {
                    if (!stillSettled.getAsBoolean()) {
                        return new Preparation(unitYears, decidedSoFar() - decidedBefore, seconds(start));
                    }
                    if (read.answers().halfFull()) {
                        break;
                    }
                    read.reader().read(unit, year, today);
                    unitYears++;
                }
            }
        }
        return new Preparation(unitYears, decidedSoFar() - decidedBefore, seconds(start));
    }

    private long decidedSoFar() {
        return reads.stream().mapToLong(read -> read.answers().decidedSoFar()).sum();
    }

    /**
     * Whether answers prepared now would last: not while a projection is rebuilt (its swap ends every answer), nor
     * while a projection they are read from is far behind the store (catching up after a start or a bulk load, they
     * end in seconds).
     */
    private boolean settled() {
        return rebuilds.statuses().stream().noneMatch(status -> ProjectionRebuilds.REBUILDING.equals(status.state())
                || reads.stream().anyMatch(read -> read.projection().equals(status.projection()))
                && status.head() - status.position() > FAR_BEHIND);
    }

    /** {@link #settled()}, asked again once a second at most: it reads every projection's tokens. */
    private BooleanSupplier settledEverySecond() {
        long[] askAgainAt = {System.nanoTime() + SECOND};
        return () -> {
            if (System.nanoTime() < askAgainAt[0]) {
                return true;
            }
            askAgainAt[0] = System.nanoTime() + SECOND;
            return settled();
        };
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
