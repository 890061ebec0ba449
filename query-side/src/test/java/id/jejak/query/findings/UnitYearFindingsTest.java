package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's findings for a year read only the facts that can make that year's findings: they are the unit's findings
 * from the whole histories, of that year. A person's facts count for the unit they were in at the time, so a
 * placement moves the findings after it, and a revocation takes its finding away. Asked on 1 June 2026.
 */
@QuerySideTest
class UnitYearFindingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindingsChecker checker;

    Histories histories;

    @BeforeEach
    void setUp() {
        histories = new Histories(eventStore, jdbc);
    }

    @Test
    void aPlacementOutOfTheUnitMovesTheYearsAfterItToTheNewUnit() {
        String from = newUnit();
        String to = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 1, 1), from, LocalDate.of(2022, 1, 1));
        histories.append(training(nip, 25, LocalDate.of(2023, 4, 1)));
        histories.awaitRead(histories.append(Histories.placed(nip, to, LocalDate.of(2024, 6, 1))));

        assertThat(underLessonHours(from, 2022)).extracting(DetectedFinding::nips)
                .containsExactly(List.of(nip.value()));
        assertThat(underLessonHours(from, 2023)).isEmpty();
        assertThat(underLessonHours(from, 2024)).isEmpty();
        assertThat(underLessonHours(to, 2024)).singleElement()
                .satisfies(finding -> assertThat(finding.unit()).isEqualTo(to));
        assertThat(underLessonHours(to, 2025)).hasSize(1);
    }

    @Test
    void aRevocationTakesItsFindingOutOfTheUnitsYear() {
        String unit = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), unit, LocalDate.of(2020, 1, 1));
        // recorded now, years after it took effect: backdated
        var sanction = histories.append(Histories.sanction(nip, UUID.randomUUID(), SanctionType.WRITTEN_REPRIMAND,
                LocalDate.of(2024, 3, 1), 0));
        histories.awaitRead(sanction);
        assertThat(backdated(unit, 2024)).extracting(DetectedFinding::subject)
                .containsExactly(sanction.getIdentifier());

        // recorded the day after it took effect, so the revocation is no backdated decision of its own
        histories.awaitRead(histories.append(Histories.revoked(nip, sanction.getIdentifier(), "SanctionImposed",
                LocalDate.of(2024, 5, 1)), Instant.parse("2024-05-02T03:00:00Z")));

        assertThat(backdated(unit, 2024)).isEmpty();
    }

    @Test
    void aUnitsYearHasTheFindingsOfThatYearFromTheWholeHistories() {
        String unit = newUnit();
        String elsewhere = newUnit();
        Nip stayed = newNip();
        Nip moved = newNip();
        histories.register(stayed, Rank.III_A, LocalDate.of(2021, 1, 1), unit, LocalDate.of(2021, 1, 1));
        histories.append(training(stayed, 8, LocalDate.of(2023, 2, 1)));
        // predicates below Baik recorded early in 2024, and no coaching planned for them
        histories.append(Histories.annual(stayed, 2023, Predicate.KURANG), Instant.parse("2024-01-10T03:00:00Z"));
        histories.awaitRead(histories.append(Histories.placed(stayed, unit, LocalDate.of(2023, 9, 1))));
        histories.register(moved, Rank.III_A, LocalDate.of(2021, 1, 1), elsewhere, LocalDate.of(2021, 1, 1));
        histories.append(Histories.placed(moved, unit, LocalDate.of(2022, 3, 1)));
        histories.append(Histories.annual(moved, 2023, Predicate.BUTUH_PERBAIKAN),
                Instant.parse("2024-01-10T03:00:00Z"));
        histories.awaitRead(histories.append(Histories.placed(moved, elsewhere, LocalDate.of(2024, 2, 1))));
        histories.awaitStored("findings_organisation_predicate",
                histories.organisationPredicate(unit, 2023, OrganisationPredicate.ISTIMEWA));

        for (int year = 2021; year <= 2025; year++) {
            int judged = year;
            List<DetectedFinding> ofTheYear = checker.findings(new FindingFilter(null, null, unit, year), TODAY);
            List<DetectedFinding> fromWholeHistories = checker.findings(new FindingFilter(null, null, unit, null),
                    TODAY).stream().filter(finding -> finding.year() != null && finding.year() == judged).toList();

            assertThat(ofTheYear).as("%s", year).isEqualTo(fromWholeHistories);
        }
        assertThat(checker.findings(new FindingFilter(null, null, unit, 2023), TODAY))
                .extracting(DetectedFinding::ruleCode)
                .contains(RuleCode.UNDER_20_JP, RuleCode.COACHING_NOT_PLANNED, RuleCode.BACKDATED_DECISION);
    }

    private List<DetectedFinding> underLessonHours(String unit, int year) {
        return checker.findings(new FindingFilter(RuleCode.UNDER_20_JP, null, unit, year), TODAY);
    }

    private List<DetectedFinding> backdated(String unit, int year) {
        return checker.findings(new FindingFilter(RuleCode.BACKDATED_DECISION, null, unit, year), TODAY);
    }

    private static TrainingCompleted training(Nip nip, int lessonHours, LocalDate completedOn) {
        return new TrainingCompleted(nip, UUID.randomUUID(), LessonHours.of(lessonHours), completedOn, "SERT-1");
    }
}
