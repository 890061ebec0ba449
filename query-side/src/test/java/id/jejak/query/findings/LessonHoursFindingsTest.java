package id.jejak.query.findings;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.EmploymentType;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static org.assertj.core.api.Assertions.assertThat;

/** The 20 JP a civil servant owes each year, checked for the years that are over: asked on 1 June 2026. */
@QuerySideTest
class LessonHoursFindingsTest extends FindingsCheckerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void twentyLessonHoursFromATrainingAndAProgrammeAreEnough() {
        Nip nip = registeredOn(LocalDate.of(2025, 1, 1));
        histories.append(training(nip, 12, LocalDate.of(2025, 3, 5)));
        var programme = programme(nip, 8, LocalDate.of(2025, 11, 20));
        histories.awaitStored("findings_lesson_hours", programme);
        histories.awaitRead(histories.append(training(nip, 30, LocalDate.of(2024, 12, 31))));

        assertThat(lessonHoursFindings(nip)).isEmpty();
    }

    @Test
    void nineteenLessonHoursAreFound() {
        Nip nip = registeredOn(LocalDate.of(2025, 1, 1));
        var training = histories.append(training(nip, 11, LocalDate.of(2025, 3, 5)));
        var programme = programme(nip, 8, LocalDate.of(2025, 11, 20));
        // the programme's stream and the person's are processed in segments of their own: wait for both
        histories.awaitStored("findings_lesson_hours", training);
        histories.awaitStored("findings_lesson_hours", programme);

        List<DetectedFinding> findings = lessonHoursFindings(nip);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.year()).isEqualTo(2025);
            assertThat(finding.nips()).containsExactly(nip.value());
            assertThat(finding.eventIds()).containsExactlyInAnyOrder(training.getIdentifier(),
                    programme.getIdentifier());
            assertThat(finding.facts()).containsEntry("earned", 19).containsEntry("required", 20);
        });
    }

    @Test
    void everyClosedYearOfServiceIsCheckedButNotTheOneJoinedMidwayNorTheCurrentOne() {
        Nip nip = registeredOn(LocalDate.of(2022, 3, 1));
        histories.awaitRead(histories.append(training(nip, 25, LocalDate.of(2024, 5, 1))));

        assertThat(lessonHoursFindings(nip)).extracting(DetectedFinding::year).containsExactly(2023, 2025);
    }

    @Test
    void aRevokedTrainingCompletionEarnsNothing() {
        Nip nip = registeredOn(LocalDate.of(2025, 1, 1));
        histories.append(training(nip, 10, LocalDate.of(2025, 3, 5)));
        var revokedCompletion = histories.append(training(nip, 10, LocalDate.of(2025, 4, 5)));
        histories.awaitRead(histories.append(Histories.revoked(nip, revokedCompletion.getIdentifier(),
                "TrainingCompleted", LocalDate.of(2025, 4, 10))));

        assertThat(lessonHoursFindings(nip)).singleElement()
                .satisfies(finding -> assertThat(finding.facts()).containsEntry("earned", 10));
    }

    @Test
    void aProgrammeNotAttendedEarnsNothing() {
        Nip nip = registeredOn(LocalDate.of(2025, 1, 1));
        var training = histories.append(training(nip, 15, LocalDate.of(2025, 3, 5)));
        histories.appendTo("Programme", UUID.randomUUID().toString(), new ProgrammeParticipationCompleted(
                UUID.randomUUID(), nip, false, null, LocalDate.of(2025, 6, 1), null));
        var attended = programme(nip, 4, LocalDate.of(2025, 7, 1));
        histories.awaitStored("findings_lesson_hours", training);
        histories.awaitStored("findings_lesson_hours", attended);

        assertThat(lessonHoursFindings(nip)).singleElement()
                .satisfies(finding -> assertThat(finding.facts()).containsEntry("earned", 19));
    }

    @Test
    void aPppkIsHeldToTwentyLessonHoursAsEveryAsnIs() {
        Nip nip = newNip();
        histories.awaitRead(histories.append(Histories.registration(nip, EmploymentType.PPPK, null, null, newUnit(),
                LocalDate.of(2022, 1, 1))));

        assertThat(lessonHoursFindings(nip)).isNotEmpty().allSatisfy(finding ->
                assertThat(finding.facts()).containsEntry("earned", 0).containsEntry("required", 20));
    }

    @Test
    void aYearLeftMidwayIsNotChecked() {
        Nip nip = registeredOn(LocalDate.of(2023, 1, 1));
        histories.append(training(nip, 20, LocalDate.of(2023, 2, 1)));
        histories.awaitRead(histories.append(new id.jejak.kernel.civilservant.Retired(nip, LocalDate.of(2024, 6, 1),
                Histories.decree())));

        assertThat(lessonHoursFindings(nip)).isEmpty();
    }

    @Test
    void aRevokedRetirementPutsTheYearsAfterItBackUnderTheObligation() {
        Nip nip = registeredOn(LocalDate.of(2023, 1, 1));
        histories.append(training(nip, 20, LocalDate.of(2023, 2, 1)));
        var retirement = histories.append(new id.jejak.kernel.civilservant.Retired(nip, LocalDate.of(2024, 6, 1),
                Histories.decree()));
        histories.awaitRead(histories.append(Histories.revoked(nip, retirement.getIdentifier(), "Retired",
                LocalDate.of(2024, 7, 1))));

        assertThat(lessonHoursFindings(nip)).isNotEmpty();
    }

    @Test
    void aPlacementOutOfTheUnitMovesTheYearsAfterItToTheNewUnit() {
        String from = newUnit();
        String to = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 1, 1), from, LocalDate.of(2022, 1, 1));
        histories.append(training(nip, 25, LocalDate.of(2023, 4, 1)));
        histories.awaitRead(histories.append(Histories.placed(nip, to, LocalDate.of(2024, 6, 1))));

        assertThat(unitYearFindings(from, 2022)).extracting(DetectedFinding::nips)
                .containsExactly(List.of(nip.value()));
        assertThat(unitYearFindings(from, 2023)).isEmpty();
        assertThat(unitYearFindings(from, 2024)).isEmpty();
        assertThat(unitYearFindings(to, 2024)).singleElement()
                .satisfies(finding -> assertThat(finding.unit()).isEqualTo(to));
        assertThat(unitYearFindings(to, 2025)).hasSize(1);
    }

    @Test
    void aRevokedPlacementLeavesTheYearsAfterItInTheUnitBeforeIt() {
        String from = newUnit();
        String to = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 1, 1), from, LocalDate.of(2022, 1, 1));
        var placement = histories.append(Histories.placed(nip, to, LocalDate.of(2024, 6, 1)));
        histories.awaitRead(placement);
        assertThat(unitYearFindings(to, 2025)).hasSize(1);

        histories.awaitRead(histories.append(Histories.revoked(nip, placement.getIdentifier(), "PlacedInPosition",
                LocalDate.of(2024, 7, 1))));

        assertThat(unitYearFindings(to, 2025)).isEmpty();
        assertThat(unitYearFindings(from, 2025)).singleElement()
                .satisfies(finding -> assertThat(finding.unit()).isEqualTo(from));
    }

    @Test
    void ofTwoPlacementsTakingEffectOnOneDayTheOneRecordedLaterCounts() {
        String first = newUnit();
        String second = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 1, 1), newUnit(), LocalDate.of(2022, 1, 1));
        histories.append(Histories.placed(nip, first, LocalDate.of(2024, 6, 1)));
        histories.awaitRead(histories.append(Histories.placed(nip, second, LocalDate.of(2024, 6, 1))));

        assertThat(unitYearFindings(first, 2024)).isEmpty();
        assertThat(unitYearFindings(second, 2024)).hasSize(1);
    }

    @Test
    void theKeptYearsTotalsCountEachCompletionInItsOwnYearEitherSideOfTheYearsEnd() {
        String unit = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2024, 1, 1), unit, LocalDate.of(2024, 1, 1));
        var lastDay = histories.append(training(nip, 8, LocalDate.of(2024, 12, 31)));
        histories.append(training(nip, 20, LocalDate.of(2025, 1, 1)));
        histories.awaitRead(histories.append(training(nip, 4, LocalDate.of(2025, 6, 1))));

        assertThat(keptYears(nip)).containsExactly(List.of(2024, 8), List.of(2025, 24));
        assertThat(unitYearFindings(unit, 2024)).singleElement().satisfies(finding -> {
            assertThat(finding.eventIds()).containsExactly(lastDay.getIdentifier());
            assertThat(finding.facts()).containsEntry("earned", 8);
        });
        assertThat(unitYearFindings(unit, 2025)).isEmpty();
    }

    @Test
    void aProgrammesCompletionRevokedInThePersonsRecordLeavesTheKeptYearAndItsFinding() {
        String unit = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2025, 1, 1), unit, LocalDate.of(2025, 1, 1));
        var training = histories.append(training(nip, 6, LocalDate.of(2025, 3, 5)));
        var programme = programme(nip, 16, LocalDate.of(2025, 9, 1));
        histories.awaitStored("findings_lesson_hours", programme);
        histories.awaitRead(training);
        assertThat(keptYears(nip)).containsExactly(List.of(2025, 22));
        assertThat(unitYearFindings(unit, 2025)).isEmpty();

        histories.awaitRead(histories.append(Histories.revoked(nip, programme.getIdentifier(),
                "ProgrammeParticipationCompleted", LocalDate.of(2025, 10, 1))));

        assertThat(keptYears(nip)).containsExactly(List.of(2025, 6));
        assertThat(unitYearFindings(unit, 2025)).singleElement().satisfies(finding -> {
            assertThat(finding.eventIds()).containsExactly(training.getIdentifier());
            assertThat(finding.facts()).containsEntry("earned", 6);
        });
    }

    @Test
    void aMoveBetweenUnitsLeavesTheKeptYearWholeAndItsFindingInTheUnitOfTheYearsEnd() {
        String from = newUnit();
        String to = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2024, 1, 1), from, LocalDate.of(2024, 1, 1));
        var before = histories.append(training(nip, 7, LocalDate.of(2025, 2, 1)));
        histories.append(Histories.placed(nip, to, LocalDate.of(2025, 5, 1)));
        var after = histories.append(training(nip, 9, LocalDate.of(2025, 8, 1)));
        histories.awaitRead(after);

        assertThat(keptYears(nip)).containsExactly(List.of(2025, 16));
        assertThat(unitYearFindings(from, 2025)).isEmpty();
        assertThat(unitYearFindings(to, 2025)).singleElement().satisfies(finding -> {
            assertThat(finding.eventIds()).containsExactly(before.getIdentifier(), after.getIdentifier());
            assertThat(finding.facts()).containsEntry("earned", 16);
        });
    }

    private List<List<Integer>> keptYears(Nip nip) {
        return jdbc.sql("select year, earned_jp from findings_lesson_hours_year where nip = ? order by year")
                .param(nip.value())
                .query((row, index) -> List.of(row.getInt("year"), row.getInt("earned_jp")))
                .list();
    }

    private Nip registeredOn(LocalDate effectiveDate) {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, effectiveDate, newUnit(), effectiveDate);
        return nip;
    }

    private static CareerEvent training(Nip nip, int lessonHours, LocalDate completedOn) {
        return new TrainingCompleted(nip, UUID.randomUUID(), LessonHours.of(lessonHours), completedOn, "SERT-1");
    }

    /** A programme's completion, which belongs to the programme's record, not the person's. */
    private GenericDomainEventMessage<?> programme(Nip nip, int lessonHours, LocalDate completedOn) {
        UUID programme = UUID.randomUUID();
        return histories.appendTo("Programme", programme.toString(), new ProgrammeParticipationCompleted(programme,
                nip, true, LessonHours.of(lessonHours), completedOn, "SERT-P"));
    }

    private List<DetectedFinding> unitYearFindings(String unit, int year) {
        return checker.findings(new FindingFilter(RuleCode.UNDER_20_JP, null, unit, year), TODAY);
    }

    private List<DetectedFinding> lessonHoursFindings(Nip nip) {
        return checker.findings(new FindingFilter(RuleCode.UNDER_20_JP, nip.value(), null, null), TODAY);
    }
}
