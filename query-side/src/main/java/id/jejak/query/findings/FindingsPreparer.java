package id.jejak.query.findings;

import id.jejak.query.admin.ProjectionRebuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Prepares every unit's findings of the recent years ahead of readers, and prepares again those whose facts changed
 * since, so that an auditor's first read of a unit-year is answered as quickly as the next (see
 * {@link UnitYearAnswers}). The most recent years first; it stops at half the findings the answers may hold, leaving
 * the rest to what readers ask. Each node prepares its own answers.
 */
@Component
public class FindingsPreparer {

    private static final Logger log = LoggerFactory.getLogger(FindingsPreparer.class);
    /** Events the findings may be behind the store and still prepare: a few seconds of a busy agency's. */
    private static final long FAR_BEHIND = 10_000;
    /**
     * At most this share of one core, on average, goes to preparing: while facts change all the time (a bulk load),
     * answers end as soon as they are prepared, and the next preparation waits nine times as long as the last took.
     */
    private static final long SHARE_OF_A_CORE_PERCENT = 10;
    private static final long SECOND = 1_000_000_000L;

    /**
     * What one preparation did: the unit-years it looked at, and how many answers were decided meanwhile (its own, and
     * any reader's at the same time).
     */
    public record Preparation(int unitYears, long decided, double seconds) {
    }

    private final FindingsChecker checker;
    private final UnitYearAnswers answers;
    private final FindingsProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProjectionRebuilds rebuilds;
    /** When the scheduled preparation may run again, on {@link System#nanoTime()}'s scale. */
    private volatile long resumeAt = System.nanoTime();

    FindingsPreparer(FindingsChecker checker, UnitYearAnswers answers, FindingsProperties properties,
                     JdbcClient jdbc, Clock clock, ProjectionRebuilds rebuilds) {
        this.checker = checker;
        this.answers = answers;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rebuilds = rebuilds;
    }

    @Scheduled(initialDelayString = "${jejak.findings.prepare-every:30s}",
            fixedDelayString = "${jejak.findings.prepare-every:30s}")
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
            log.warn("findings not prepared: {}", e.getClass().getSimpleName());
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
        List<String> units = jdbc.sql("select distinct unit_name(unit) from findings_unit_stay order by 1")
                .query(String.class).list();
        int unitYears = 0;
        long decidedBefore = answers.decidedSoFar();
        for (int year = today.getYear(); year > today.getYear() - properties.preparedYears(); year--) {
            for (String unit : units) {
                if (answers.halfFull() || !stillSettled.getAsBoolean()) {
                    return new Preparation(unitYears, answers.decidedSoFar() - decidedBefore, seconds(start));
                }
                checker.findings(new FindingFilter(null, null, unit, year), today);
                unitYears++;
            }
        }
        return new Preparation(unitYears, answers.decidedSoFar() - decidedBefore, seconds(start));
    }

    /**
     * Whether answers prepared now would last: not while a projection is rebuilt (its swap ends every answer), nor
     * while the findings are far behind the store (catching up after a start or a bulk load, they end in seconds).
     */
    private boolean settled() {
        return rebuilds.statuses().stream().noneMatch(status -> ProjectionRebuilds.REBUILDING.equals(status.state())
                || status.projection().equals(FindingsProjection.NAME)
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
