package id.jejak.query.findings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Prepares every unit's findings of the recent years ahead of readers, and prepares again those whose facts changed
 * since, so that an auditor's first read of a unit-year is answered as quickly as the next (see
 * {@link UnitYearAnswers}). The most recent years first; it stops at half the findings the answers may hold, leaving
 * the rest to what readers ask. Each node prepares its own answers.
 */
@Component
public class FindingsPreparer {

    private static final Logger log = LoggerFactory.getLogger(FindingsPreparer.class);

    /** What one preparation did: the unit-years it looked at, and how many of them it had to decide again. */
    public record Preparation(int unitYears, long decided, double seconds) {
    }

    private final FindingsChecker checker;
    private final UnitYearAnswers answers;
    private final FindingsProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    FindingsPreparer(FindingsChecker checker, UnitYearAnswers answers, FindingsProperties properties,
                     JdbcClient jdbc, Clock clock) {
        this.checker = checker;
        this.answers = answers;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${jejak.findings.prepare-every:30s}",
            fixedDelayString = "${jejak.findings.prepare-every:30s}")
    void prepareOnSchedule() {
        try {
            prepare();
        } catch (DataAccessException e) {
            // the database away: readers decide their answers when it is back, and the next preparation prepares them
            log.warn("findings not prepared: {}", e.getClass().getSimpleName());
        }
    }

    /** Prepares the recent years of every unit anyone was ever in, now, on the caller's thread. */
    public synchronized Preparation prepare() {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<String> units = jdbc.sql("select distinct unit_name(unit) from findings_unit_stay order by 1")
                .query(String.class).list();
        int unitYears = 0;
        long decidedBefore = answers.decidedSoFar();
        for (int year = today.getYear(); year > today.getYear() - properties.preparedYears(); year--) {
            for (String unit : units) {
                if (answers.halfFull()) {
                    return new Preparation(unitYears, answers.decidedSoFar() - decidedBefore, seconds(start));
                }
                checker.findings(new FindingFilter(null, null, unit, year), today);
                unitYears++;
            }
        }
        return new Preparation(unitYears, answers.decidedSoFar() - decidedBefore, seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
