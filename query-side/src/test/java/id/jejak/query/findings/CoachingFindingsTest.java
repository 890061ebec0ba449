package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.CoachingPlanned;
import id.jejak.kernel.performance.EvaluationKind;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.query.findings.Histories.annual;
import static id.jejak.query.findings.Histories.correction;
import static id.jejak.query.findings.Histories.evaluation;
import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An annual predicate below Baik and the coaching plan that must follow it, counted in days from the day the predicate
 * was recorded in Jakarta: recorded on 10 January 2025, the 60th day is 11 March.
 */
@QuerySideTest
class CoachingFindingsTest extends FindingsCheckerTest {

    /** 01:00 on 10 January in Jakarta, still 9 January in UTC: the day counts in Jakarta. */
    private static final Instant EVALUATION_RECORDED = Instant.parse("2025-01-09T18:00:00Z");
    private static final LocalDate SIXTIETH_DAY = LocalDate.of(2025, 3, 11);
    /** 23:59 on 11 March in Jakarta. */
    private static final Instant LAST_MINUTE_OF_THE_SIXTIETH_DAY = Instant.parse("2025-03-11T16:59:00Z");
    /** 00:01 on 12 March in Jakarta. */
    private static final Instant FIRST_MINUTE_OF_THE_SIXTY_FIRST_DAY = Instant.parse("2025-03-11T17:01:00Z");

    @Test
    void coachingRecordedOnTheSixtiethDayIsInTime() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.BUTUH_PERBAIKAN);
        histories.append(evaluation, EVALUATION_RECORDED);
        histories.awaitRead(plan(evaluation, LAST_MINUTE_OF_THE_SIXTIETH_DAY));

        assertThat(coachingFindings(nip, LocalDate.of(2025, 12, 1))).isEmpty();
    }

    @Test
    void coachingRecordedOnTheSixtyFirstDayIsFound() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.KURANG);
        var evaluated = histories.append(evaluation, EVALUATION_RECORDED);
        var late = plan(evaluation, FIRST_MINUTE_OF_THE_SIXTY_FIRST_DAY);
        histories.awaitRead(late);

        List<DetectedFinding> findings = coachingFindings(nip, LocalDate.of(2025, 12, 1));

        assertThat(findings).hasSize(1);
        DetectedFinding finding = findings.get(0);
        assertThat(finding.subject()).isEqualTo(evaluated.getIdentifier());
        assertThat(finding.eventIds()).containsExactly(evaluated.getIdentifier(), late.getIdentifier());
        assertThat(finding.year()).isEqualTo(2024);
        assertThat(finding.facts()).containsEntry("predicate", "KURANG")
                .containsEntry("recordedOn", LocalDate.of(2025, 1, 10)).containsEntry("deadline", SIXTIETH_DAY)
                .containsEntry("withinDays", 60).containsEntry("coachingRecordedOn", LocalDate.of(2025, 3, 12));
    }

    @Test
    void noCoachingIsFoundOnlyOnceTheSixtyDaysHavePassed() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.SANGAT_KURANG);
        histories.awaitRead(histories.append(evaluation, EVALUATION_RECORDED));

        assertThat(coachingFindings(nip, SIXTIETH_DAY)).isEmpty();
        assertThat(coachingFindings(nip, SIXTIETH_DAY.plusDays(1))).singleElement()
                .satisfies(finding -> assertThat(finding.facts()).containsEntry("coachingRecordedOn", "-"));
    }

    @Test
    void neitherBaikNorAPeriodicEvaluationNeedsCoaching() {
        Nip nip = registered();
        histories.append(annual(nip, 2024, Predicate.BAIK), EVALUATION_RECORDED);
        histories.awaitRead(histories.append(evaluation(nip, UUID.randomUUID(), EvaluationKind.PERIODIC, 2024,
                Predicate.KURANG), EVALUATION_RECORDED));

        assertThat(coachingFindings(nip, LocalDate.of(2025, 12, 1))).isEmpty();
    }

    @Test
    void theDaysCountFromTheCorrectionThatMadeThePredicateBelowBaik() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.BAIK);
        var evaluated = histories.append(evaluation, EVALUATION_RECORDED);
        var corrected = histories.append(correction(evaluation, evaluated.getIdentifier(), Predicate.BUTUH_PERBAIKAN),
                Instant.parse("2025-02-03T03:00:00Z"));
        histories.awaitRead(corrected);

        assertThat(coachingFindings(nip, LocalDate.of(2025, 4, 4))).isEmpty();
        assertThat(coachingFindings(nip, LocalDate.of(2025, 4, 5))).singleElement()
                .satisfies(finding -> assertThat(finding.facts()).containsEntry("recordedOn",
                        LocalDate.of(2025, 2, 3)).containsEntry("deadline", LocalDate.of(2025, 4, 4)));
    }

    @Test
    void aRevokedEvaluationNeedsNoCoaching() {
        Nip nip = registered();
        var evaluated = histories.append(annual(nip, 2024, Predicate.KURANG), EVALUATION_RECORDED);
        histories.awaitRead(histories.append(Histories.revoked(nip, evaluated.getIdentifier(), "PerformanceEvaluated",
                LocalDate.of(2025, 1, 20)), Instant.parse("2025-01-20T03:00:00Z")));

        assertThat(coachingFindings(nip, LocalDate.of(2025, 12, 1))).isEmpty();
    }

    private Nip registered() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), newUnit(), LocalDate.of(2020, 1, 1));
        return nip;
    }

    private GenericDomainEventMessage<?> plan(PerformanceEvaluated evaluation, Instant recordedAt) {
        return histories.append(new CoachingPlanned(evaluation.nip(), UUID.randomUUID(), evaluation.evaluationId(),
                Histories.newNip(), LocalDate.of(2025, 2, 1), "perbaikan kinerja"), recordedAt);
    }

    private List<DetectedFinding> coachingFindings(Nip nip, LocalDate today) {
        return checker.findings(new FindingFilter(RuleCode.COACHING_NOT_PLANNED, nip.value(), null, null), today);
    }
}
