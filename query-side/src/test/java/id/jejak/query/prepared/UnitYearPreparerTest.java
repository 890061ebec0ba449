package id.jejak.query.prepared;

import id.jejak.query.QuerySideTest;
import id.jejak.query.admin.ProjectionRebuilds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The preparer reads every unit's recent years, the latest first, within a share of a core and its answers' room. */
@QuerySideTest
class UnitYearPreparerTest {

    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Autowired
    ProjectionRebuilds rebuilds;

    /** What a read was asked, as "unit year"; each read keeps an answer of one row. */
    private final List<String> read = new ArrayList<>();

    @Test
    void everyUnitsRecentYearsAreReadTheLatestFirst() {
        UnitYearPreparer preparer = preparer(reads(100, "A", "B"), 2);

        UnitYearPreparer.Preparation preparation = preparer.prepare();

        assertThat(read).containsExactly("A 2026", "B 2026", "A 2025", "B 2025");
        assertThat(preparation.unitYears()).isEqualTo(4);
        assertThat(preparation.decided()).isEqualTo(4);
    }

    @Test
    void aPreparationStopsAtHalfTheRowsItsAnswersMayHold() {
        UnitYearPreparer preparer = preparer(reads(4, "A", "B", "C"), 2);

        preparer.prepare();

        assertThat(read).containsExactly("A 2026", "B 2026");
    }

    @Test
    void noYearsPreparedReadsNothing() {
        preparer(reads(100, "A"), 0).prepare();

        assertThat(read).isEmpty();
    }

    /** A scheduled preparation gives itself a tenth of a core: the next waits nine times as long as the last took. */
    @Test
    void aScheduledPreparationPreparesAndTheNextWaits() {
        UnitYearPreparer preparer = preparer(reads(100, "A"), 1);

        preparer.prepareOnSchedule();
        preparer.prepareOnSchedule();

        assertThat(read).containsExactly("A 2026");
    }

    private UnitYearPreparer preparer(UnitYearReads reads, int years) {
        return new UnitYearPreparer(List.of(reads), new PreparedProperties(years, Duration.ofSeconds(30)), JUNE_2026,
                rebuilds);
    }

    /** Reads of the units whose answers, of one row each, may hold {@code rows} together. */
    private UnitYearReads reads(int rows, String... units) {
        KeptAnswers<String, List<String>> answers = new KeptAnswers<>("test.reads", "test.kept", "a test read", rows,
                List::size, new SimpleMeterRegistry());
        return new UnitYearReads("findings", answers, () -> List.of(units), (unit, year, today) -> {
            String key = unit + " " + year;
            answers.of(key, "facts", () -> {
                read.add(key);
                return List.of(key);
            });
        });
    }
}
