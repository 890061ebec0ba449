package id.jejak.query.findings;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionRevoked;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.kernel.performance.PerformanceEvaluated;
import id.jejak.kernel.performance.Predicate;
import id.jejak.kernel.promotion.PromotionGranted;
import id.jejak.query.QuerySideTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jejak.query.findings.Histories.annual;
import static id.jejak.query.findings.Histories.correction;
import static id.jejak.query.findings.Histories.granted;
import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static id.jejak.query.findings.Histories.proposed;
import static id.jejak.query.findings.Histories.revoked;
import static id.jejak.query.findings.Histories.sanction;
import static id.jejak.query.findings.Histories.unstored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Promotions written straight into the store, past the command side's rules, and what the checker finds in them. */
@QuerySideTest
class PromotionFindingsTest extends FindingsCheckerTest {

    private static final LocalDate TMT = LocalDate.of(2024, 4, 1);

    @Autowired
    FindingsProjection projection;

    @Test
    void aPromotionTwoYearsAfterTheLastRankIsFound() {
        Nip nip = newNip();
        String unit = newUnit();
        var registration = histories.register(nip, Rank.III_A, LocalDate.of(2022, 4, 1), unit,
                LocalDate.of(2022, 4, 1));
        twoBaikYears(nip);
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");

        DetectedFinding finding = awaitFinding(nip, RuleCode.PROMOTION_MIN_YEARS_IN_RANK);

        assertThat(finding.subject()).isEqualTo(grant.getIdentifier());
        assertThat(finding.nips()).containsExactly(nip.value());
        assertThat(finding.unit()).isEqualTo(unit);
        assertThat(finding.year()).isEqualTo(2024);
        assertThat(finding.eventIds()).containsExactly(grant.getIdentifier(), registration.getIdentifier());
        assertThat(finding.facts()).containsEntry("rank", "III/a").containsEntry("rankSince", "2022-04-01")
                .containsEntry("effectiveDate", "2024-04-01").containsEntry("eligibleFrom", "2026-04-01")
                .containsEntry("toRank", "III/b");
        // the other three rules hold: two Baik years, no sanction, four eyes
        assertThat(promotionFindings(nip)).extracting(DetectedFinding::ruleCode)
                .containsExactly(RuleCode.PROMOTION_MIN_YEARS_IN_RANK);
    }

    @Test
    void aPromotionExactlyFourYearsInRankWithTwoBaikYearsAndFourEyesIsNotFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, TMT.minusYears(4), newUnit(), TMT.minusYears(4));
        twoBaikYears(nip);
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");

        histories.awaitRead(grant);

        assertThat(promotionFindings(nip)).isEmpty();
    }

    @Test
    void aPromotionOneDayShortOfFourYearsInRankIsFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, TMT.minusYears(4).plusDays(1), newUnit(), TMT.minusYears(4));
        twoBaikYears(nip);
        grant(nip, "hr.siti", "kepala.bkpsdm");

        assertThat(awaitFinding(nip, RuleCode.PROMOTION_MIN_YEARS_IN_RANK).facts())
                .containsEntry("eligibleFrom", "2024-04-02");
    }

    @Test
    void theYearsInRankCountFromThePreviousPromotion() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2012, 4, 1), newUnit(), LocalDate.of(2012, 4, 1));
        histories.append(granted(nip, UUID.randomUUID(), Rank.III_A, Rank.III_B, LocalDate.of(2021, 4, 1),
                "hr.siti", "kepala.bkpsdm"), "kepala.bkpsdm");
        twoBaikYears(nip);
        var second = histories.append(granted(nip, UUID.randomUUID(), Rank.III_B, Rank.III_C, TMT, "hr.siti",
                "kepala.bkpsdm"), "kepala.bkpsdm");

        DetectedFinding finding = awaitFinding(nip, RuleCode.PROMOTION_MIN_YEARS_IN_RANK);

        assertThat(finding.subject()).isEqualTo(second.getIdentifier());
        assertThat(finding.facts()).containsEntry("rank", "III/b").containsEntry("rankSince", "2021-04-01");
    }

    @Test
    void aPromotionWithoutTwoBaikYearsBeforeItsYearIsFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2018, 1, 1), newUnit(), LocalDate.of(2018, 1, 1));
        var belowBaik = histories.append(annual(nip, 2023, Predicate.BUTUH_PERBAIKAN));
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");

        DetectedFinding finding = awaitFinding(nip, RuleCode.PROMOTION_PREDICATES_BELOW_BAIK);

        assertThat(finding.eventIds()).containsExactly(grant.getIdentifier(), belowBaik.getIdentifier());
        assertThat(finding.facts()).containsEntry("annualPredicates",
                Map.of("2022", "-", "2023", "BUTUH_PERBAIKAN"));
    }

    @Test
    void aPredicateCorrectedBelowBaikAfterThePromotionMakesItAFinding() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2018, 1, 1), newUnit(), LocalDate.of(2018, 1, 1));
        histories.append(annual(nip, 2022, Predicate.BAIK));
        PerformanceEvaluated lastYear = annual(nip, 2023, Predicate.SANGAT_BAIK);
        var evaluated = histories.append(lastYear);
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");
        histories.awaitRead(grant);
        assertThat(promotionFindings(nip)).isEmpty();

        histories.append(correction(lastYear, evaluated.getIdentifier(), Predicate.KURANG));

        assertThat(awaitFinding(nip, RuleCode.PROMOTION_PREDICATES_BELOW_BAIK).facts())
                .containsEntry("annualPredicates", Map.of("2022", "BAIK", "2023", "KURANG"));
    }

    @Test
    void aPromotionWhileASanctionIsInForceIsFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2018, 1, 1), newUnit(), LocalDate.of(2018, 1, 1));
        twoBaikYears(nip);
        var imposed = histories.append(sanction(nip, UUID.randomUUID(), SanctionType.ALLOWANCE_CUT,
                LocalDate.of(2024, 1, 1), 6));
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");

        DetectedFinding finding = awaitFinding(nip, RuleCode.PROMOTION_SANCTION_IN_FORCE);

        assertThat(finding.eventIds()).containsExactly(grant.getIdentifier(), imposed.getIdentifier());
        assertThat(finding.facts()).containsEntry("sanctionType", "ALLOWANCE_CUT")
                .containsEntry("sanctionFrom", "2024-01-01").containsEntry("sanctionEndsOn", "2024-07-01")
                .containsEntry("sanctionRecordedBeforeGrant", true);
    }

    @Test
    void aSanctionThatEndedTheDayBeforeOrWasRevokedIsNotFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2018, 1, 1), newUnit(), LocalDate.of(2018, 1, 1));
        twoBaikYears(nip);
        // in force until 31 March, the day before the TMT
        histories.append(sanction(nip, UUID.randomUUID(), SanctionType.ALLOWANCE_CUT, LocalDate.of(2023, 10, 1), 6));
        UUID appealed = UUID.randomUUID();
        histories.append(sanction(nip, appealed, SanctionType.DEMOTION, LocalDate.of(2024, 1, 1), 12));
        histories.append(new SanctionRevoked(nip, appealed, LocalDate.of(2024, 2, 1), "Bupati", Histories.decree()));
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");

        histories.awaitRead(grant);

        assertThat(promotionFindings(nip)).isEmpty();
    }

    @Test
    void aPromotionApprovedByItsProposerIsFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2018, 1, 1), newUnit(), LocalDate.of(2018, 1, 1));
        twoBaikYears(nip);
        UUID proposal = UUID.randomUUID();
        var proposed = histories.append(proposed(nip, proposal, Rank.III_A, Rank.III_B, TMT, "hr.siti"), "hr.siti");
        var grant = histories.append(granted(nip, proposal, Rank.III_A, Rank.III_B, TMT, "hr.siti", "hr.siti"),
                "hr.siti");

        DetectedFinding finding = awaitFinding(nip, RuleCode.PROMOTION_APPROVED_BY_PROPOSER);

        assertThat(finding.eventIds()).containsExactly(grant.getIdentifier(), proposed.getIdentifier());
        assertThat(finding.facts()).containsEntry("proposedBy", "hr.siti").containsEntry("approvedBy", "hr.siti");
    }

    @Test
    void aPromotionRecordedByItsProposerUnderAnotherApproversNameIsFound() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2018, 1, 1), newUnit(), LocalDate.of(2018, 1, 1));
        twoBaikYears(nip);
        UUID proposal = UUID.randomUUID();
        histories.append(proposed(nip, proposal, Rank.III_A, Rank.III_B, TMT, "hr.siti"), "hr.siti");
        // the grant claims another approver, and even another proposer; the store says who recorded it
        histories.append(granted(nip, proposal, Rank.III_A, Rank.III_B, TMT, "hr.budi", "kepala.bkpsdm"), "hr.siti");

        assertThat(awaitFinding(nip, RuleCode.PROMOTION_APPROVED_BY_PROPOSER).facts())
                .containsEntry("proposedBy", "hr.siti").containsEntry("recordedBy", "hr.siti");
    }

    @Test
    void aRevokedPromotionsFindingsDisappear() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 4, 1), newUnit(), LocalDate.of(2022, 4, 1));
        var grant = grant(nip, "hr.siti", "hr.siti");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(promotionFindings(nip))
                .extracting(DetectedFinding::ruleCode).containsExactlyInAnyOrder(
                        RuleCode.PROMOTION_MIN_YEARS_IN_RANK, RuleCode.PROMOTION_PREDICATES_BELOW_BAIK,
                        RuleCode.PROMOTION_APPROVED_BY_PROPOSER));

        var revocation = histories.append(revoked(nip, grant.getIdentifier(), "PromotionGranted", TMT));
        histories.awaitRead(revocation);

        assertThat(promotionFindings(nip)).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2022, 4, 1), newUnit(), LocalDate.of(2022, 4, 1));
        twoBaikYears(nip);
        var grant = grant(nip, "hr.siti", "kepala.bkpsdm");
        awaitFinding(nip, RuleCode.PROMOTION_MIN_YEARS_IN_RANK);
        Map<String, Object> before = storedRow(grant.getIdentifier());

        projection.on(grant.getPayload(), grant, new GlobalSequenceTrackingToken(globalIndex(grant)));

        assertThat(storedRow(grant.getIdentifier())).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from findings_promotion where nip = ?").param(nip.value())
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aFindingDecidedAtTheEndOfItsBatchIsDetectedAtTheEventThatCompletedIt() {
        Nip nip = newNip();
        histories.awaitRead(histories.register(nip, Rank.III_A, LocalDate.of(2022, 4, 1), newUnit(),
                LocalDate.of(2022, 4, 1)));
        long head = histories.head();
        Instant grantedAt = Instant.parse("2024-04-02T03:00:00Z");
        var grant = unstored(nip, 1, granted(nip, UUID.randomUUID(), Rank.III_A, Rank.III_B, TMT, "hr.siti",
                "kepala.bkpsdm"), grantedAt);
        var laterEvaluation = unstored(nip, 2, annual(nip, 2024, Predicate.BAIK), grantedAt.plusSeconds(60));

        DefaultUnitOfWork.startAndGet(grant).execute(() -> {
            projection.on((PromotionGranted) grant.getPayload(), grant, new GlobalSequenceTrackingToken(head + 1));
            projection.on((PerformanceEvaluated) laterEvaluation.getPayload(), laterEvaluation,
                    new GlobalSequenceTrackingToken(head + 2));
            // nothing decided before the batch commits: the person's findings are decided once, on all its facts
            assertThat(jdbc.sql("select count(*) from finding where nips @> array[?::text]").param(nip.value())
                    .query(Long.class).single()).isZero();
        });

        Map<String, Object> row = storedRow(grant.getIdentifier());
        assertThat(row.get("global_index")).isEqualTo(head + 1);
        assertThat(((Timestamp) row.get("detected_at")).toInstant()).isEqualTo(grantedAt);
    }

    /** An event handed to the projection alone, as a processor's batch would, without the live processor seeing it. */
    private void twoBaikYears(Nip nip) {
        histories.append(annual(nip, 2022, Predicate.BAIK));
        histories.append(annual(nip, 2023, Predicate.SANGAT_BAIK));
    }

    private GenericDomainEventMessage<CareerEvent> grant(Nip nip, String proposedBy, String approvedBy) {
        return histories.append(granted(nip, UUID.randomUUID(), Rank.III_A, Rank.III_B, TMT, proposedBy, approvedBy),
                approvedBy);
    }

    private List<DetectedFinding> promotionFindings(Nip nip) {
        return checker.findings(new FindingFilter(null, nip.value(), null, null)).stream()
                .filter(finding -> RuleCode.PROMOTION_RULES.contains(finding.ruleCode()))
                .toList();
    }

    private DetectedFinding awaitFinding(Nip nip, RuleCode rule) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> checker.findings(new FindingFilter(rule, nip.value(), null, null)),
                findings -> findings.size() == 1).get(0);
    }

    private Map<String, Object> storedRow(String subject) {
        return jdbc.sql("select nips::text, event_ids::text, facts::text, detected_at, global_index from finding "
                        + "where subject = ? and rule_code = 'PROMOTION_MIN_YEARS_IN_RANK'")
                .param(subject).query().singleRow();
    }

    private long globalIndex(GenericDomainEventMessage<?> message) {
        return jdbc.sql("select global_index from eventstore.domain_event_entry where event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }
}
