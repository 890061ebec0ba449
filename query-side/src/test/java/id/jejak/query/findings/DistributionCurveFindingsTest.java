package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.jejak.query.findings.Histories.annual;
import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static id.jejak.query.findings.Histories.placed;
import static id.jejak.query.findings.Histories.unstored;
import static org.assertj.core.api.Assertions.assertThat;

/** A unit's staff's annual predicates for 2025 against the curve its organisation predicate sets, asked in 2026. */
@QuerySideTest
class DistributionCurveFindingsTest extends FindingsCheckerTest {

    @Autowired
    FindingsProjection projection;

    private static final int YEAR = 2025;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aUnitRatedBaikWhoseStaffAreAllBaikIsFound() {
        String unit = newUnit();
        var organisation = histories.organisationPredicate(unit, YEAR, OrganisationPredicate.BAIK);
        // a work unit recorded in other letters is the same unit: codes are upper-case
        List<String> evaluations = List.of(staff(unit, Predicate.BAIK), staff(unit, Predicate.BAIK),
                staff(" " + unit.toLowerCase(Locale.ROOT), Predicate.BAIK));
        histories.awaitStored("findings_organisation_predicate", organisation);

        List<DetectedFinding> findings = curveFindings(unit);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.unit()).isEqualTo(unit);
            assertThat(finding.nips()).isEmpty();
            assertThat(finding.year()).isEqualTo(YEAR);
            assertThat(finding.eventIds()).first().isEqualTo(organisation.getIdentifier());
            assertThat(finding.eventIds()).containsAll(evaluations);
            assertThat(finding.facts()).containsEntry("organisationPredicate", "BAIK").containsEntry("evaluated", 3)
                    .containsEntry("predicateCounts", Map.of("BAIK", 3))
                    .containsEntry("breaches", List.of("BAIK 3/3 > 70%", "BUTUH_PERBAIKAN+KURANG 0 < 1"))
                    .containsEntry("policyVersion", "kurva-distribusi-1");
        });
    }

    @Test
    void aUnitWhoseStaffFitTheCurveIsNotFound() {
        String unit = unitRatedBaikWhoseStaffFitTheCurve();

        assertThat(curveFindings(unit)).isEmpty();
    }

    @Test
    void staffCountInTheUnitTheyWereInAtTheEndOfTheirEvaluationPeriod() {
        String unit = unitRatedBaikWhoseStaffFitTheCurve();
        // joined the unit only after the year: counting them would make Baik 3 of 4, over 70%
        Nip mover = newNip();
        histories.register(mover, Rank.III_A, LocalDate.of(2020, 1, 1), newUnit(), LocalDate.of(2020, 1, 1));
        histories.append(annual(mover, YEAR, Predicate.BAIK));
        histories.awaitRead(histories.append(placed(mover, unit, LocalDate.of(YEAR + 1, 1, 5))));

        assertThat(curveFindings(unit)).isEmpty();
    }

    @Test
    void aPlacementRecordedAfterTheEvaluationMovesItToTheUnitItsPeriodEndedIn() {
        String unit = unitRatedBaikWhoseStaffFitTheCurve();
        String elsewhere = newUnit();
        String moved = staff(elsewhere, Predicate.BAIK);
        assertThat(curveFindings(unit)).isEmpty();

        // the decree placing them in the unit from mid-year is recorded after their evaluation: Baik 3 of 4, over 70%
        histories.awaitRead(histories.append(placed(personEvaluatedBy(moved), unit, LocalDate.of(YEAR, 7, 1))));

        assertThat(curveFindings(unit)).singleElement()
                .satisfies(finding -> assertThat(finding.eventIds()).contains(moved));
    }

    /**
     * The person's periods in units are written at the end of a batch: an evaluation after a placement in the same
     * batch still ends in the unit the placement names.
     */
    @Test
    void anEvaluationAfterAPlacementInItsBatchEndsInTheUnitThePlacementNames() {
        Nip nip = newNip();
        String before = newUnit();
        String after = newUnit();
        histories.awaitRead(histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), before,
                LocalDate.of(2020, 1, 1)));
        long head = histories.head();
        Instant now = Instant.parse("2026-01-10T03:00:00Z");
        var placement = unstored(nip, 1, placed(nip, after, LocalDate.of(YEAR, 3, 1)), now);
        var evaluation = unstored(nip, 2, annual(nip, YEAR, Predicate.BAIK), now.plusSeconds(60));

        DefaultUnitOfWork.startAndGet(placement).execute(() -> {
            projection.on((PlacedInPosition) placement.getPayload(), placement,
                    new GlobalSequenceTrackingToken(head + 1));
            projection.on((PerformanceEvaluated) evaluation.getPayload(), evaluation,
                    new GlobalSequenceTrackingToken(head + 2));
        });

        assertThat(unitOfEvaluation(evaluation.getIdentifier())).isEqualTo(after);
    }

    /** With no placement in its batch, an evaluation ends in the unit the periods as they stand give its last day. */
    @Test
    void anEvaluationEndsInTheUnitItsPersonWasInOnTheLastDayOfItsPeriod() {
        Nip nip = newNip();
        String unit = newUnit();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), unit, LocalDate.of(2020, 1, 1));
        histories.awaitRead(histories.append(placed(nip, newUnit(), LocalDate.of(YEAR + 1, 1, 5))));

        var evaluation = histories.append(annual(nip, YEAR, Predicate.BAIK));
        histories.awaitRead(evaluation);

        assertThat(unitOfEvaluation(evaluation.getIdentifier())).isEqualTo(unit);
    }

    @Test
    void theCorrectedOrganisationPredicateSetsTheCurve() {
        String unit = newUnit();
        var recorded = histories.organisationPredicate(unit, YEAR, OrganisationPredicate.ISTIMEWA);
        staff(unit, Predicate.BAIK);
        staff(unit, Predicate.BAIK);
        staff(unit, Predicate.BAIK);
        histories.awaitStored("findings_organisation_predicate", recorded);
        assertThat(curveFindings(unit)).isEmpty();

        histories.awaitStored("findings_organisation_predicate", histories.organisationCorrection(unit, YEAR,
                OrganisationPredicate.ISTIMEWA, OrganisationPredicate.BAIK, recorded.getIdentifier()));

        assertThat(curveFindings(unit)).singleElement()
                .satisfies(finding -> assertThat(finding.facts()).containsEntry("organisationPredicate", "BAIK"));
    }

    @Test
    void aYearStillRunningIsNotJudged() {
        String unit = newUnit();
        histories.awaitStored("findings_organisation_predicate",
                histories.organisationPredicate(unit, TODAY.getYear(), OrganisationPredicate.BAIK));
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), unit, LocalDate.of(2020, 1, 1));
        histories.awaitRead(histories.append(annual(nip, TODAY.getYear(), Predicate.BAIK)));

        assertThat(curveFindings(unit)).isEmpty();
    }

    private String unitOfEvaluation(String eventId) {
        return jdbc.sql("select unit from findings_evaluation where event_id = ?").param(eventId)
                .query(String.class).single();
    }

    private Nip personEvaluatedBy(String eventId) {
        return Nip.of(jdbc.sql("select nip from findings_evaluation where event_id = ?").param(eventId)
                .query(String.class).single());
    }

    /** A unit rated Baik for the year with two staff Baik and one Butuh Perbaikan: 2 of 3 Baik fit the curve. */
    private String unitRatedBaikWhoseStaffFitTheCurve() {
        String unit = newUnit();
        histories.awaitStored("findings_organisation_predicate",
                histories.organisationPredicate(unit, YEAR, OrganisationPredicate.BAIK));
        staff(unit, Predicate.BAIK);
        staff(unit, Predicate.BAIK);
        staff(unit, Predicate.BUTUH_PERBAIKAN);
        return unit;
    }

    /** A person in the unit since 2020 with this annual predicate for the year; answers the evaluation's event id. */
    private String staff(String unit, Predicate predicate) {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), unit, LocalDate.of(2020, 1, 1));
        GenericDomainEventMessage<?> evaluated = histories.append(annual(nip, YEAR, predicate));
        histories.awaitRead(evaluated);
        return evaluated.getIdentifier();
    }

    /** The unit's curve findings of every year, the same read from whole histories and from the year's rows kept. */
    private List<DetectedFinding> curveFindings(String unit) {
        List<DetectedFinding> fromWholeHistories = checker.findings(new FindingFilter(
                RuleCode.DISTRIBUTION_CURVE_BROKEN, null, unit, null), TODAY);
        List<DetectedFinding> ofTheYears = new ArrayList<>(checker.findings(new FindingFilter(
                RuleCode.DISTRIBUTION_CURVE_BROKEN, null, unit, YEAR), TODAY));
        ofTheYears.addAll(checker.findings(new FindingFilter(RuleCode.DISTRIBUTION_CURVE_BROKEN, null, unit,
                TODAY.getYear()), TODAY));
        assertThat(ofTheYears).isEqualTo(fromWholeHistories);
        return fromWholeHistories;
    }
}
