package id.jejak.query.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.civilservant.Retired;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.query.QuerySideTest;
import id.jejak.query.admin.ProjectionRebuilds;
import id.jejak.query.prepared.PreparedProperties;
import id.jejak.query.prepared.UnitYearPreparer;
import id.jejak.query.prepared.UnitYearReads;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static id.jejak.query.report.ReportEvents.placed;
import static id.jejak.query.report.ReportEvents.pns;
import static id.jejak.query.report.ReportEvents.trained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit's 20-JP report of a year is decided once and answered again while nothing it rests on changes: any event
 * about anyone ever in the unit, someone coming into it, and a rebuild end the answer; others' events leave it.
 */
@QuerySideTest
class LessonHoursAnswersTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    ReportQueries reports;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    UnitYearReads preparedLessonHoursReports;

    ReportEvents events;

    @BeforeEach
    void events() {
        events = new ReportEvents(eventStore);
    }

    @Test
    void aUnitsReportIsAnsweredAgainWithoutBeingDecidedWhileItsFactsStand() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2024);
        LessonHoursReport first = report(2024, unit);
        double decided = count("decided");
        double kept = count("kept");

        LessonHoursReport again = report(2024, unit);

        assertThat(again).isEqualTo(first);
        assertThat(again.persons()).singleElement().satisfies(row -> assertThat(row.shortfall()).isEqualTo(12));
        assertThat(count("decided")).isEqualTo(decided);
        assertThat(count("kept")).isEqualTo(kept + 1);
    }

    @Test
    void eventsAboutPeopleNeverInTheUnitLeaveItsReportKept() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2024);
        report(2024, unit);
        double decided = count("decided");

        eightLessonHoursIn(newUnit(), 2024);

        assertThat(report(2024, unit).persons()).hasSize(1);
        assertThat(count("decided")).isEqualTo(decided);
    }

    @Test
    void aTrainingCompletedEndsTheReportItChanges() {
        String unit = newUnit();
        Nip nip = eightLessonHoursIn(unit, 2024);
        assertThat(shortfall(unit, 2024)).isEqualTo(12);

        events.person(trained(nip, 12, LocalDate.of(2024, 9, 5)));
        caughtUp();

        assertThat(shortfall(unit, 2024)).isZero();
    }

    /** A programme's completion belongs to the programme's record, not the person's; it changes their facts too. */
    @Test
    void aProgrammeCompletionEndsTheReportOfTheUnitTheParticipantWasIn() {
        String unit = newUnit();
        Nip nip = eightLessonHoursIn(unit, 2024);
        assertThat(shortfall(unit, 2024)).isEqualTo(12);

        UUID programme = UUID.randomUUID();
        events.programme(programme, new ProgrammeParticipationCompleted(programme, nip, true,
                LessonHours.of(12), LocalDate.of(2024, 11, 20), "SERT-P"));
        caughtUp();

        assertThat(shortfall(unit, 2024)).isZero();
        assertThat(report(2024, unit).units()).singleElement()
                .satisfies(total -> assertThat(total.earnedLessonHours()).isEqualTo(20));
    }

    @Test
    void someonePlacedInTheUnitEndsItsReport() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2024);
        assertThat(report(2024, unit).persons()).hasSize(1);

        Nip newcomer = eightLessonHoursIn(newUnit(), 2024);
        events.person(placed(newcomer, unit, LocalDate.of(2024, 10, 1)));
        caughtUp();

        assertThat(report(2024, unit).persons()).extracting(LessonHoursReport.PersonRow::nip)
                .hasSize(2).contains(newcomer.value());
    }

    @Test
    void aRetirementEndsTheReportOfTheUnitLeft() {
        String unit = newUnit();
        Nip nip = eightLessonHoursIn(unit, 2024);
        assertThat(report(2024, unit).persons()).hasSize(1);

        events.person(new Retired(nip, LocalDate.of(2024, 12, 1),
                new Decree("800/PENS/" + nip.value().substring(14), LocalDate.of(2024, 11, 1))));
        caughtUp();

        assertThat(report(2024, unit).persons()).isEmpty();
    }

    /** A rebuild puts new tables in place of the old: what was kept rests on the old. */
    @Test
    void aRebuildOfTheReportsDecidesEveryReportAgain() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2024);
        LessonHoursReport before = report(2024, unit);
        double decided = count("decided");

        ProjectionRebuilds.Rebuild started = rebuilds.rebuild(ReportsProjection.NAME);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                rebuilds.status(ReportsProjection.NAME).lastRebuild()).satisfies(last -> {
                    assertThat(last.startedAt()).isEqualTo(started.startedAt());
                    assertThat(last.state()).isEqualTo("SERVING");
                }));

        assertThat(report(2024, unit)).isEqualTo(before);
        assertThat(count("decided")).isEqualTo(decided + 1);
    }

    @Test
    void thePreparerDecidesEachUnitsRecentReportsAheadOfItsReaders() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2025);
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        UnitYearPreparer preparer = new UnitYearPreparer(List.of(preparedLessonHoursReports),
                new PreparedProperties(2, Duration.ofSeconds(30)),
                Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(jakarta).toInstant(), jakarta), rebuilds);

        UnitYearPreparer.Preparation preparation = preparer.prepare();
        double decided = count("decided");

        assertThat(preparation.unitYears()).isGreaterThanOrEqualTo(2);
        assertThat(shortfall(unit, 2025)).isEqualTo(12);
        assertThat(report(2026, unit).persons()).hasSize(1);
        assertThat(count("decided")).isEqualTo(decided);
        // two years were prepared, this one and the last
        assertThat(report(2024, unit).persons()).hasSize(1);
        assertThat(count("decided")).isEqualTo(decided + 1);
    }

    /** A unit's report as the API answers it in JSON, read back. */
    private LessonHoursReport report(int year, String unit) {
        try {
            return json.readValue(reports.unitLessonHoursJson(year, unit), LessonHoursReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int shortfall(String unit, int year) {
        return report(year, unit).persons().stream().mapToInt(LessonHoursReport.PersonRow::shortfall)
                .sum();
    }

    private double count(String answer) {
        return registry.get("jejak.reports.lesson.hours.unit.year").tag("answer", answer).counter().count();
    }

    /** Someone in the unit since 2015 with 8 JP in the year, once the reports have read them. */
    private Nip eightLessonHoursIn(String unit, int year) {
        int n = PEOPLE.incrementAndGet();
        Nip nip = Nip.of(LocalDate.of(1962, 1, 1).plusDays(n).toString().replace("-", "") + "199101" + "1"
                + String.format("%03d", n % 1000));
        events.person(pns(nip, "Rina Kusuma " + n, unit, Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(nip, 8, LocalDate.of(year, 3, 5)));
        caughtUp();
        return nip;
    }

    private void caughtUp() {
        ReportsCaughtUp.waitFor(processing, eventStore);
    }

    private static String newUnit() {
        return "KEPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
