package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.workunit.OrganisationPredicate;
import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static id.jejak.query.findings.Histories.annual;
import static id.jejak.query.findings.Histories.correction;
import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuerySideTest
class CorrectionOfCorrectionFindingsTest extends FindingsCheckerTest {

    @Test
    void anEvaluationCorrectedOnceIsNotFound() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.BAIK);
        var evaluated = histories.append(evaluation);
        histories.awaitRead(histories.append(correction(evaluation, evaluated.getIdentifier(), Predicate.SANGAT_BAIK)));

        assertThat(findings(nip)).isEmpty();
    }

    @Test
    void aCorrectionOfAnEvaluationsCorrectionIsFound() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.BAIK);
        var evaluated = histories.append(evaluation);
        var first = histories.append(correction(evaluation, evaluated.getIdentifier(), Predicate.SANGAT_BAIK));
        var second = histories.append(correction(evaluation, first.getIdentifier(), Predicate.BUTUH_PERBAIKAN));
        histories.awaitRead(second);

        assertThat(findings(nip)).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo(second.getIdentifier());
            assertThat(finding.nips()).containsExactly(nip.value());
            assertThat(finding.eventIds()).containsExactly(second.getIdentifier(), first.getIdentifier(),
                    evaluated.getIdentifier());
            assertThat(finding.facts()).containsEntry("correctedEvent", "PerformanceEvaluationCorrected")
                    .containsEntry("correctedEventId", first.getIdentifier()).containsEntry("year", 2024);
        });
    }

    @Test
    void aRevokedCorrectionOfACorrectionIsNoLongerFound() {
        Nip nip = registered();
        PerformanceEvaluated evaluation = annual(nip, 2024, Predicate.BAIK);
        var evaluated = histories.append(evaluation);
        var first = histories.append(correction(evaluation, evaluated.getIdentifier(), Predicate.SANGAT_BAIK));
        var second = histories.append(correction(evaluation, first.getIdentifier(), Predicate.BUTUH_PERBAIKAN));
        histories.awaitRead(second);
        assertThat(findings(nip)).hasSize(1);

        histories.awaitRead(histories.append(Histories.revoked(nip, second.getIdentifier(), "PerformanceEvaluated",
                LocalDate.now())));

        assertThat(findings(nip)).isEmpty();
    }

    @Test
    void aCorrectionOfAUnitsPredicateCorrectionIsFound() {
        String unit = newUnit();
        var recorded = histories.organisationPredicate(unit, 2024, OrganisationPredicate.BAIK);
        var first = histories.organisationCorrection(unit, 2024, OrganisationPredicate.BAIK,
                OrganisationPredicate.ISTIMEWA, recorded.getIdentifier());
        var second = histories.organisationCorrection(unit, 2024, OrganisationPredicate.ISTIMEWA,
                OrganisationPredicate.BAIK, first.getIdentifier());

        List<DetectedFinding> findings = await().atMost(Duration.ofSeconds(20))
                .until(() -> unitFindings(unit), found -> !found.isEmpty());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo(second.getIdentifier());
            assertThat(finding.nips()).isEmpty();
            assertThat(finding.unit()).isEqualTo(unit);
            assertThat(finding.eventIds()).containsExactly(second.getIdentifier(), first.getIdentifier(),
                    recorded.getIdentifier());
            assertThat(finding.facts()).containsEntry("correctedEvent", "OrganisationPerformanceCorrected")
                    .containsEntry("predicate", "BAIK");
        });
    }

    @Test
    void aUnitsPredicateCorrectedOnceIsNotFound() {
        String unit = newUnit();
        var recorded = histories.organisationPredicate(unit, 2024, OrganisationPredicate.BAIK);
        var corrected = histories.organisationCorrection(unit, 2024, OrganisationPredicate.BAIK,
                OrganisationPredicate.ISTIMEWA, recorded.getIdentifier());
        histories.awaitStored("findings_organisation_predicate", corrected);

        assertThat(unitFindings(unit)).isEmpty();
    }

    private Nip registered() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), newUnit(), LocalDate.of(2020, 1, 1));
        return nip;
    }

    private List<DetectedFinding> findings(Nip nip) {
        return checker.findings(new FindingFilter(RuleCode.CORRECTION_OF_CORRECTION, nip.value(), null, null));
    }

    private List<DetectedFinding> unitFindings(String unit) {
        return checker.findings(new FindingFilter(RuleCode.CORRECTION_OF_CORRECTION, null, unit, null));
    }
}
