package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.development.CompetencyCategory;
import id.jejak.kernel.development.DevelopmentNeedIdentified;
import id.jejak.kernel.development.NeedSource;
import id.jejak.kernel.programme.ProgrammeParticipationCompleted;
import id.jejak.kernel.training.LessonHours;
import id.jejak.kernel.training.TrainingCompleted;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.kernel.workunit.UnitCode;
import id.jejak.query.QuerySideTest;
import id.jejak.query.admin.ProjectionRebuilds;
import id.jejak.query.prepared.PreparedProperties;
import id.jejak.query.prepared.UnitYearPreparer;
import id.jejak.query.prepared.UnitYearReads;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static id.jejak.query.findings.Histories.placed;
import static id.jejak.query.findings.Histories.revoked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit's findings of a year are decided once and answered again while nothing they rest on changes: every change
 * of a fact of someone ever in the unit, of the unit's predicates, of any development row, and the day, ends the
 * answer. Asked on 1 June 2026.
 */
@QuerySideTest
class UnitYearAnswersTest extends FindingsCheckerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MeterRegistry registry;
    @Autowired
    UnitYearReads preparedFindings;
    @Autowired
    ProjectionRebuilds rebuilds;

    @Test
    void aUnitsYearIsAnsweredAgainWithoutBeingDecidedWhileItsFactsStand() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2024);
        List<DetectedFinding> first = findings(unit, 2024, TODAY);
        double decided = count("decided");
        double kept = count("kept");

        List<DetectedFinding> again = findings(unit, 2024, TODAY);

        assertThat(again).isEqualTo(first).extracting(DetectedFinding::ruleCode).contains(RuleCode.UNDER_20_JP);
        assertThat(count("decided")).isEqualTo(decided);
        assertThat(count("kept")).isEqualTo(kept + 1);
    }

    @Test
    void aTrainingCompletedEndsTheAnswerItChanges() {
        String unit = newUnit();
        Nip nip = eightLessonHoursIn(unit, 2024);
        assertThat(lessonHours(unit, 2024)).hasSize(1);

        histories.awaitRead(histories.append(training(nip, 12, LocalDate.of(2024, 9, 5))));

        assertThat(lessonHours(unit, 2024)).isEmpty();
    }

    /** A programme's completion belongs to the programme's record, not the person's; it changes their facts too. */
    @Test
    void aProgrammeCompletionEndsTheAnswerOfTheUnitsTheParticipantWasIn() {
        String unit = newUnit();
        Nip nip = eightLessonHoursIn(unit, 2024);
        assertThat(lessonHours(unit, 2024)).hasSize(1);

        UUID programme = UUID.randomUUID();
        histories.awaitStored("findings_lesson_hours", histories.appendTo("Programme", programme.toString(),
                new ProgrammeParticipationCompleted(programme, nip, true, LessonHours.of(12), LocalDate.of(2024, 11, 20),
                        "SERT-P")));

        assertThat(lessonHours(unit, 2024)).isEmpty();
    }

    /** The person leaves the unit's periods altogether: their going ends its answer as their coming did. */
    @Test
    void aRevokedPlacementEndsTheAnswersOfTheUnitItLeftAndTheOneItReturnsTo() {
        String from = newUnit();
        String to = newUnit();
        Nip nip = registered(from);
        histories.append(training(nip, 8, LocalDate.of(2024, 3, 5)));
        var placement = histories.append(placed(nip, to, LocalDate.of(2024, 1, 1)));
        histories.awaitRead(placement);
        assertThat(lessonHours(to, 2024)).hasSize(1);
        assertThat(lessonHours(from, 2024)).isEmpty();

        histories.awaitRead(histories.append(revoked(nip, placement.getIdentifier(), "PlacedInPosition",
                LocalDate.of(2024, 7, 1))));

        assertThat(lessonHours(to, 2024)).isEmpty();
        assertThat(lessonHours(from, 2024)).singleElement()
                .satisfies(finding -> assertThat(finding.unit()).isEqualTo(from));
    }

    @Test
    void aUnitsPredicateCorrectedAgainEndsTheAnswerOfItsYear() {
        String unit = newUnit();
        var recorded = histories.organisationPredicate(unit, 2024, OrganisationPredicate.BAIK);
        var first = histories.organisationCorrection(unit, 2024, OrganisationPredicate.BAIK,
                OrganisationPredicate.ISTIMEWA, recorded.getIdentifier());
        histories.awaitStored("findings_organisation_predicate", first);
        assertThat(findings(unit, 2024, TODAY)).isEmpty();

        histories.awaitStored("findings_organisation_predicate", histories.organisationCorrection(unit, 2024,
                OrganisationPredicate.ISTIMEWA, OrganisationPredicate.BAIK, first.getIdentifier()));

        assertThat(findings(unit, 2024, TODAY)).extracting(DetectedFinding::ruleCode)
                .containsExactly(RuleCode.CORRECTION_OF_CORRECTION);
    }

    @Test
    void aDevelopmentNeedEndsTheAnswerOfItsUnit() {
        String unit = newUnit();
        assertThat(findings(unit, 2025, TODAY)).isEmpty();

        identifiedOn(unit, LocalDate.of(2025, 1, 10));

        assertThat(findings(unit, 2025, TODAY)).extracting(DetectedFinding::ruleCode)
                .containsExactly(RuleCode.DEVELOPMENT_NEED_UNANSWERED);
    }

    /** Deadlines pass with the days: the need found unanswered from the day after its year is up. */
    @Test
    void anAnswerIsForTheDayItWasDecidedOn() {
        String unit = newUnit();
        identifiedOn(unit, LocalDate.of(2025, 1, 10));

        assertThat(findings(unit, 2025, LocalDate.of(2026, 1, 10))).isEmpty();
        assertThat(findings(unit, 2025, LocalDate.of(2026, 1, 11))).hasSize(1);
        assertThat(findings(unit, 2025, LocalDate.of(2026, 1, 10))).isEmpty();
    }

    /** A rebuild puts new tables in place of the old, whose counts start again: what was kept rests on the old. */
    @Test
    void aRebuildOfTheFindingsDecidesEveryAnswerAgain() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2024);
        List<DetectedFinding> before = findings(unit, 2024, TODAY);
        assertThat(findings(unit, 2024, TODAY)).isEqualTo(before);
        double decided = count("decided");

        ProjectionRebuilds.Rebuild started = rebuilds.rebuild(FindingsProjection.NAME);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                rebuilds.status(FindingsProjection.NAME).lastRebuild()).satisfies(last -> {
                    assertThat(last.startedAt()).isEqualTo(started.startedAt());
                    assertThat(last.state()).isEqualTo("SERVING");
                }));

        assertThat(findings(unit, 2024, TODAY)).isEqualTo(before);
        assertThat(count("decided")).isEqualTo(decided + 1);
    }

    @Test
    void answersBeyondTheKeptFindingsAreDroppedLeastRecentlyReadFirst() {
        UnitYearAnswers three = new UnitYearAnswers(jdbc, properties(3), new SimpleMeterRegistry());
        String unit = newUnit();
        List<Integer> decided = new ArrayList<>();
        three.of(unit, 2023, TODAY, () -> decide(decided, 2023, 1));
        three.of(unit, 2024, TODAY, () -> decide(decided, 2024, 2));
        three.of(unit, 2023, TODAY, () -> decide(decided, 2023, 1));
        assertThat(decided).containsExactly(2023, 2024);

        // 2024 was read least recently: it makes room for 2025
        three.of(unit, 2025, TODAY, () -> decide(decided, 2025, 1));
        three.of(unit, 2023, TODAY, () -> decide(decided, 2023, 1));
        three.of(unit, 2024, TODAY, () -> decide(decided, 2024, 2));

        assertThat(decided).containsExactly(2023, 2024, 2025, 2024);
    }

    @Test
    void anAnswerLargerThanTheKeptFindingsIsDecidedEachTime() {
        UnitYearAnswers three = new UnitYearAnswers(jdbc, properties(3), new SimpleMeterRegistry());
        String unit = newUnit();
        List<Integer> decided = new ArrayList<>();

        three.of(unit, 2024, TODAY, () -> decide(decided, 2024, 4));
        three.of(unit, 2024, TODAY, () -> decide(decided, 2024, 4));

        assertThat(decided).containsExactly(2024, 2024);
    }

    @Test
    void thePreparerDecidesEachUnitsRecentYearsAheadOfItsReaders() {
        String unit = newUnit();
        eightLessonHoursIn(unit, 2025);
        UnitYearPreparer preparer = preparerOfTwoYears();

        UnitYearPreparer.Preparation preparation = preparer.prepare();
        double decided = count("decided");

        assertThat(preparation.unitYears()).isGreaterThanOrEqualTo(2);
        assertThat(lessonHours(unit, 2025)).hasSize(1);
        assertThat(lessonHours(unit, 2026)).isEmpty();
        assertThat(count("decided")).isEqualTo(decided);
        // two years were prepared, this one and the last
        assertThat(lessonHours(unit, 2024)).hasSize(1);
        assertThat(count("decided")).isEqualTo(decided + 1);
    }

    /** A preparer of this year and the last, on {@link #TODAY}. */
    private UnitYearPreparer preparerOfTwoYears() {
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        return new UnitYearPreparer(List.of(preparedFindings), new PreparedProperties(2, Duration.ofSeconds(30)),
                Clock.fixed(TODAY.atStartOfDay(jakarta).toInstant(), jakarta), rebuilds);
    }

    /** A need of the unit identified on the day, once the development projection holds it. */
    private void identifiedOn(String unit, LocalDate day) {
        UUID need = UUID.randomUUID();
        histories.appendTo("DevelopmentNeed", need.toString(), new DevelopmentNeedIdentified(need,
                UnitCode.of(unit), List.of(newNip()), NeedSource.COMPETENCY_GAP, null, null,
                CompetencyCategory.TECHNICAL, "Analisis kebijakan", 2, 3, "kesenjangan", day, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from development_need where need_id = ?").param(need).query(Long.class).single() == 1);
    }

    private List<DetectedFinding> findings(String unit, int year, LocalDate today) {
        return checker.findings(new FindingFilter(null, null, unit, year), today);
    }

    /** Through the kept answer too: a rule asked for narrows the unit-year's answer. */
    private List<DetectedFinding> lessonHours(String unit, int year) {
        return checker.findings(new FindingFilter(RuleCode.UNDER_20_JP, null, unit, year), TODAY);
    }

    private double count(String answer) {
        return registry.get("jejak.findings.unit.year").tag("answer", answer).counter().count();
    }

    /** Someone in the unit since 2021 with 8 JP in the year, once the findings have read them. */
    private Nip eightLessonHoursIn(String unit, int year) {
        Nip nip = registered(unit);
        histories.awaitRead(histories.append(training(nip, 8, LocalDate.of(year, 3, 5))));
        return nip;
    }

    private Nip registered(String unit) {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2021, 1, 1), unit, LocalDate.of(2021, 1, 1));
        return nip;
    }

    private static TrainingCompleted training(Nip nip, int lessonHours, LocalDate completedOn) {
        return new TrainingCompleted(nip, UUID.randomUUID(), LessonHours.of(lessonHours), completedOn, "SERT-1");
    }

    private static List<DetectedFinding> decide(List<Integer> decided, int year, int findings) {
        decided.add(year);
        List<DetectedFinding> found = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            found.add(new DetectedFinding(RuleCode.UNDER_20_JP, year + "/" + i, List.of(), null, year, List.of(),
                    Map.of()));
        }
        return found;
    }

    private static FindingsProperties properties(int keptFindings) {
        return new FindingsProperties(60, 30, "01-31", null, Period.ofYears(1), 180, keptFindings);
    }
}
