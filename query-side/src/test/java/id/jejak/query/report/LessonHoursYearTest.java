package id.jejak.query.report;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.programme.ParticipantEnrolled;
import id.jejak.kernel.programme.ProgrammeCreated;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingKind;
import id.jejak.query.QuerySideTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.query.report.ReportEvents.placed;
import static id.jejak.query.report.ReportEvents.pns;
import static id.jejak.query.report.ReportEvents.trained;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson hours the reports keep per person, year and unit ({@code report_lesson_hours_year}), which the 20-JP
 * report reads: each completion that stands counts in its own year and in the unit the person was in on its date,
 * as the rows are written again whenever a completion, a placement or a revocation of the person's arrives.
 */
@QuerySideTest
class LessonHoursYearTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;

    record Kept(int year, String unit, int earned) {
    }

    @Test
    void aRevokedCompletionNoLongerCountsInItsYear() {
        Nip nip = Nip.of("198405062008031901");
        var events = new ReportEvents(eventStore);
        events.person(pns(nip, "Rini Hasibuan", "KEPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(nip, 12, LocalDate.of(2025, 3, 1)));
        var revoked = events.person(trained(nip, 9, LocalDate.of(2025, 4, 1)));
        ReportsCaughtUp.waitFor(processing, eventStore);
        assertThat(kept(nip)).containsExactly(new Kept(2025, "KEPT-JP-A", 21));

        events.revoke(nip, revoked);
        ReportsCaughtUp.waitFor(processing, eventStore);

        assertThat(kept(nip)).containsExactly(new Kept(2025, "KEPT-JP-A", 12));
    }

    @Test
    void aMoveBetweenUnitsSplitsTheYearByTheUnitOnEachCompletionsDateUntilThePlacementIsRevoked() {
        Nip nip = Nip.of("198405062008031902");
        var events = new ReportEvents(eventStore);
        events.person(pns(nip, "Sahat Manurung", "KEPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(nip, 6, LocalDate.of(2025, 3, 1)));
        events.person(trained(nip, 10, LocalDate.of(2025, 9, 1)));
        var placement = events.person(placed(nip, "KEPT-JP-B", LocalDate.of(2025, 6, 1)));
        ReportsCaughtUp.waitFor(processing, eventStore);
        // the placement came after the completion of September, and still moves it to B
        assertThat(kept(nip)).containsExactly(new Kept(2025, "KEPT-JP-A", 6), new Kept(2025, "KEPT-JP-B", 10));

        events.revoke(nip, placement);
        ReportsCaughtUp.waitFor(processing, eventStore);

        assertThat(kept(nip)).containsExactly(new Kept(2025, "KEPT-JP-A", 16));
    }

    @Test
    void completionsEitherSideOfTheYearsEndCountInTheirOwnYears() {
        Nip nip = Nip.of("198405062008031903");
        var events = new ReportEvents(eventStore);
        events.person(pns(nip, "Tiur Simanjuntak", "KEPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.person(trained(nip, 8, LocalDate.of(2024, 12, 31)));
        events.person(trained(nip, 4, LocalDate.of(2025, 1, 1)));
        events.person(placed(nip, "KEPT-JP-B", LocalDate.of(2025, 1, 1)));
        ReportsCaughtUp.waitFor(processing, eventStore);

        assertThat(kept(nip)).containsExactly(new Kept(2024, "KEPT-JP-A", 8), new Kept(2025, "KEPT-JP-B", 4));
    }

    @Test
    void aProgrammesCompletionCountsWithThePersonsOwnCompletionsAndIsProcessedInTheirOrder() {
        Nip nip = Nip.of("198405062008031904");
        UUID programme = UUID.randomUUID();
        var events = new ReportEvents(eventStore);
        events.person(pns(nip, "Uli Panjaitan", "KEPT-JP-A", Rank.III_A, LocalDate.of(2015, 1, 2), null));
        events.programme(programme, new ProgrammeCreated(programme, "Bimtek Arsip", TrainingKind.CLASSROOM, "ANRI",
                "ID", 10, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 9), LessonHours.of(24)));
        events.programme(programme, new ParticipantEnrolled(programme, nip, LocalDate.of(2025, 5, 1)));
        var completion = events.programme(programme, new ProgrammeParticipationCompleted(programme, nip, true,
                LessonHours.of(24), LocalDate.of(2025, 5, 9), "BA-1"));
        events.person(trained(nip, 3, LocalDate.of(2025, 8, 1)));
        ReportsCaughtUp.waitFor(processing, eventStore);
        assertThat(kept(nip)).containsExactly(new Kept(2025, "KEPT-JP-A", 27));

        events.revoke(nip, completion);
        ReportsCaughtUp.waitFor(processing, eventStore);

        assertThat(kept(nip)).containsExactly(new Kept(2025, "KEPT-JP-A", 3));
        EventMessage<?> fromProgramme = new GenericDomainEventMessage<>("Programme", programme.toString(), 3,
                completion.getPayload());
        assertThat(processing.sequencingPolicy(ReportsProjection.NAME).getSequenceIdentifierFor(fromProgramme))
                .isEqualTo(nip.value());
    }

    private List<Kept> kept(Nip nip) {
        return jdbc.sql("""
                        select year, unit, earned_jp from report_lesson_hours_year where nip = ?
                        order by year, unit""")
                .param(nip.value())
                .query((row, index) -> new Kept(row.getInt("year"), row.getString("unit"), row.getInt("earned_jp")))
                .list();
    }
}
