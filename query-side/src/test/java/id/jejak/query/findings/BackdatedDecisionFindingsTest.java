package id.jejak.query.findings;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.civilservant.Rank;
import id.jejak.kernel.discipline.SanctionType;
import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.jejak.query.findings.Histories.newNip;
import static id.jejak.query.findings.Histories.newUnit;
import static id.jejak.query.findings.Histories.placed;
import static org.assertj.core.api.Assertions.assertThat;

/** Decisions recorded long after their TMT: a placement taking effect on 1 March 2025, recorded later and later. */
@QuerySideTest
class BackdatedDecisionFindingsTest extends FindingsCheckerTest {

    private static final LocalDate TMT = LocalDate.of(2025, 3, 1);

    @Test
    void aDecisionRecordedThirtyDaysAfterItsTmtIsNotFound() {
        Nip nip = registered();
        // 23:00 on 31 March in Jakarta
        histories.awaitRead(histories.append(placed(nip, "BAPPEDA", TMT), Instant.parse("2025-03-31T16:00:00Z")));

        assertThat(backdated(nip)).isEmpty();
    }

    @Test
    void aDecisionRecordedThirtyOneDaysAfterItsTmtIsFound() {
        Nip nip = registered();
        // 01:00 on 1 April in Jakarta, still 31 March in UTC
        var placement = histories.append(placed(nip, "BAPPEDA", TMT), Instant.parse("2025-03-31T18:00:00Z"));
        histories.awaitRead(placement);

        List<DetectedFinding> findings = backdated(nip);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo(placement.getIdentifier());
            assertThat(finding.eventIds()).containsExactly(placement.getIdentifier());
            assertThat(finding.unit()).isEqualTo("BAPPEDA");
            assertThat(finding.year()).isEqualTo(2025);
            assertThat(finding.facts()).containsEntry("eventType", "PlacedInPosition")
                    .containsEntry("effectiveDate", TMT).containsEntry("recordedOn", LocalDate.of(2025, 4, 1))
                    .containsEntry("daysLate", 31L).containsEntry("toleranceDays", 30);
        });
    }

    @Test
    void aDecisionImportedFromTheRecordsOfBeforeIsNoBackdatedDecision() {
        Nip nip = registered();
        var imported = histories.appendMigrated(placed(nip, "BAPPEDA", TMT), Instant.parse("2026-11-01T03:00:00Z"));
        var live = histories.append(placed(nip, newUnit(), LocalDate.of(2026, 6, 1)),
                Instant.parse("2026-11-02T03:00:00Z"));
        histories.awaitRead(live);

        assertThat(backdated(nip)).extracting(DetectedFinding::subject).containsExactly(live.getIdentifier())
                .doesNotContain(imported.getIdentifier());
    }

    @Test
    void aRevokedBackdatedDecisionIsNotFound() {
        Nip nip = registered();
        var placement = histories.append(placed(nip, "BAPPEDA", TMT), Instant.parse("2025-06-01T03:00:00Z"));
        histories.awaitRead(histories.append(Histories.revoked(nip, placement.getIdentifier(), "PlacedInPosition",
                LocalDate.of(2025, 6, 2)), Instant.parse("2025-06-02T03:00:00Z")));

        assertThat(backdated(nip)).isEmpty();
    }

    @Test
    void aRevocationTakesItsFindingOutOfItsUnitsYear() {
        String unit = newUnit();
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), unit, LocalDate.of(2020, 1, 1));
        var sanction = histories.append(Histories.sanction(nip, UUID.randomUUID(), SanctionType.WRITTEN_REPRIMAND,
                TMT, 0), Instant.parse("2025-06-01T03:00:00Z"));
        histories.awaitRead(sanction);
        assertThat(unitYear(unit)).extracting(DetectedFinding::subject).containsExactly(sanction.getIdentifier());

        // recorded the day after it took effect, so the revocation is no backdated decision of its own
        histories.awaitRead(histories.append(Histories.revoked(nip, sanction.getIdentifier(), "SanctionImposed",
                LocalDate.of(2025, 6, 2)), Instant.parse("2025-06-03T03:00:00Z")));

        assertThat(unitYear(unit)).isEmpty();
    }

    @Test
    void aRegistrationOfSomeoneServingSinceLongAgoIsNoDecision() {
        Nip nip = newNip();
        histories.awaitRead(histories.register(nip, Rank.III_A, LocalDate.of(2006, 4, 1), newUnit(),
                LocalDate.of(2006, 4, 1)));

        assertThat(backdated(nip)).isEmpty();
    }

    private Nip registered() {
        Nip nip = newNip();
        histories.register(nip, Rank.III_A, LocalDate.of(2020, 1, 1), newUnit(), LocalDate.of(2020, 1, 1));
        return nip;
    }

    private List<DetectedFinding> unitYear(String unit) {
        return checker.findings(new FindingFilter(RuleCode.BACKDATED_DECISION, null, unit, TMT.getYear()),
                LocalDate.of(2026, 1, 1));
    }

    private List<DetectedFinding> backdated(Nip nip) {
        return checker.findings(new FindingFilter(RuleCode.BACKDATED_DECISION, nip.value(), null, null),
                LocalDate.of(2026, 1, 1));
    }
}
