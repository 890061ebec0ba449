package id.jejak.verifier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against every way of tampering with a ledger the tests of the live store also try, plus what only an
 * export can suffer. The ledger (global index: stream and sequence):
 * <pre>
 *   1:A0 2:B0 3:A1 4:C0 (5 unused) 6:A2 7:B1 8:A3 | checkpoint 1 | 9:B2 10:C1 11:A4 12:B3 | checkpoint 2 | 13:C2 14:A5
 * </pre>
 */
class VerifierTest {

    private TestLedger ledger;

    @BeforeEach
    void record() {
        ledger = new TestLedger();
        ledger.append("A");
        ledger.append("B");
        ledger.append("A");
        ledger.append("C");
        ledger.skipGlobalIndex();
        ledger.append("A");
        ledger.append("B");
        ledger.append("A");
        ledger.seal();
        ledger.append("B");
        ledger.append("C");
        ledger.append("A");
        ledger.append("B");
        ledger.seal();
        ledger.append("C");
        ledger.append("A");
    }

    @Test
    void anUntouchedLedgerVerifiesUpToItsLastCheckpoint() {
        VerificationReport report = ledger.verify();

        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.events()).isEqualTo(13);
        assertThat(report.checkpoints()).isEqualTo(2);
        assertThat(report.checkpointsVerified()).isEqualTo(2);
        assertThat(report.lastCheckpoint()).isEqualTo(2);
        assertThat(report.sealedUpToGlobalIndex()).isEqualTo(12);
        assertThat(report.unsealedEvents()).isEqualTo(2);
    }

    @Test
    void oneChangedByteOfAPayloadIsAlteredContent() {
        ledger.replace(6, e -> {
            byte[] payload = e.payload().clone();
            payload[payload.length - 2]++;
            return TestLedger.withPayload(e, new String(payload, StandardCharsets.UTF_8));
        }, false);

        assertBreak(ledger.verify(), BreakKind.ALTERED_CONTENT, 6, "A", 2L);
    }

    @Test
    void aChangedActorIsAlteredContent() {
        ledger.replace(7, e -> new LedgerEvent(e.globalIndex(), e.aggregateIdentifier(), e.sequenceNumber(),
                e.type(), e.eventIdentifier(), e.payloadType(), e.payloadRevision(), e.timeStamp(), e.payload(),
                "{\"actorId\":\"hr.mallory\"}".getBytes(StandardCharsets.UTF_8), e.previousHash(), e.hash()), false);

        assertBreak(ledger.verify(), BreakKind.ALTERED_CONTENT, 7, "B", 1L);
    }

    @Test
    void anAlteredEventWhoseHashWasRecomputedIsGivenAwayByTheNextLinkOfItsStream() {
        ledger.replace(6, e -> TestLedger.withPayload(e, "{\"nip\":\"A\",\"n\":666}"), true);

        assertBreak(ledger.verify(), BreakKind.ALTERED_CONTENT, 6, "A", 2L);
    }

    @Test
    void anEventDeletedFromTheMiddleOfAStreamIsMissingAtTheIndexTheCheckpointVouchesFor() {
        ledger.events.remove(ledger.indexOf(3));

        VerificationReport report = ledger.verify();

        assertBreak(report, BreakKind.MISSING_EVENT, 3, "A", 1L);
        assertThat(report.firstBreak().detail()).contains("between sequence 0 at global index 1");
    }

    @Test
    void anEventDeletedFromAStreamAfterTheLastCheckpointIsMissingWhereItsStreamResumes() {
        ledger.append("A");
        ledger.events.remove(ledger.indexOf(14));

        VerificationReport report = ledger.verify();

        assertBreak(report, BreakKind.MISSING_EVENT, 15, "A", 5L);
        assertThat(report.firstBreak().detail())
                .contains("between sequence 4 at global index 11 and sequence 6 at global index 15");
    }

    @Test
    void anEventDeletedInsideASealedIntervalIsMissingAtItsOwnIndex() {
        ledger.events.remove(ledger.indexOf(11));

        assertBreak(ledger.verify(), BreakKind.MISSING_EVENT, 11, "A", 4L);
    }

    @Test
    void theDeletedLastEventOfAStreamIsFoundByTheCheckpointThatSealedIt() {
        ledger.events.remove(ledger.indexOf(12));

        VerificationReport report = ledger.verify();

        assertBreak(report, BreakKind.MISSING_EVENT, 12, "B", 3L);
        assertThat(report.firstBreak().checkpoint()).isEqualTo(2);
    }

    @Test
    void twoSwappedEventsOfAStreamAreReordered() {
        int second = ledger.indexOf(6);
        int third = ledger.indexOf(8);
        LedgerEvent a2 = ledger.events.get(second);
        LedgerEvent a3 = ledger.events.get(third);
        ledger.events.set(second, TestLedger.withGlobalIndex(a3, 6));
        ledger.events.set(third, TestLedger.withGlobalIndex(a2, 8));

        VerificationReport report = ledger.verify();

        assertBreak(report, BreakKind.REORDERED_EVENT, 6, "A", 3L);
        assertThat(report.firstBreak().detail()).contains("before sequence 2 at global index 8");
    }

    @Test
    void anEventForgedIntoAnUnusedIndexIsInsertedEvenWithAPerfectChain() {
        ledger.events.add(ledger.hashed(new LedgerEvent(5, "D", 0, "CivilServant", "forged", "id.jejak.kernel.Test",
                null, "2025-03-01T02:00:07.000Z", "{}".getBytes(StandardCharsets.UTF_8), null, null, null)));

        VerificationReport report = ledger.verify();

        assertBreak(report, BreakKind.INSERTED_EVENT, 5, "D", 0L);
        assertThat(report.firstBreak().checkpoint()).isEqualTo(1);
    }

    @Test
    void anEventForgedAfterTheLastCheckpointAndSealedWithoutTheKeyHasABadSignature() {
        LedgerEvent forged = ledger.append("B", "{\"nip\":\"B\",\"forged\":true}");
        ledger.seal(SigningKey.generate());

        VerificationReport report = ledger.verify();

        // the forged checkpoint covers 13 and 14 too; its first event is where the unvouched-for interval begins
        assertBreak(report, BreakKind.BAD_SIGNATURE, 13, "C", 2L);
        assertThat(report.firstBreak().detail()).contains("not among the given public keys");
        assertThat(forged.globalIndex()).isEqualTo(15);
        assertThat(report.lastCheckpoint()).isEqualTo(2);
    }

    @Test
    void aCheckpointWhoseSignatureWasCopiedFromAnotherIsBad() {
        Checkpoint genuine = ledger.checkpoints.get(1);
        ledger.checkpoints.set(1, new Checkpoint(genuine.sequence(), genuine.upToGlobalIndex(), genuine.treeSize(),
                genuine.merkleRoot(), genuine.previousRoot(), genuine.intervalDigest(), genuine.signedAt(),
                genuine.keyId(), ledger.checkpoints.get(0).signature(), genuine.interval()));

        assertBreak(ledger.verify(), BreakKind.BAD_SIGNATURE, 9, "B", 2L);
    }

    @Test
    void headsChangedAfterSigningAreBad() {
        Checkpoint genuine = ledger.checkpoints.get(0);
        List<Head> heads = genuine.interval().heads().subList(1, genuine.interval().heads().size());
        ledger.checkpoints.set(0, new Checkpoint(genuine.sequence(), genuine.upToGlobalIndex(), genuine.treeSize(),
                genuine.merkleRoot(), genuine.previousRoot(), genuine.intervalDigest(), genuine.signedAt(),
                genuine.keyId(), genuine.signature(), new Interval(heads, genuine.interval().gaps())));

        assertBreak(ledger.verify(), BreakKind.BAD_SIGNATURE, 1, "A", 0L);
    }

    @Test
    void aDroppedCheckpointBreaksTheChainOfCheckpoints() {
        ledger.checkpoints.remove(0);

        VerificationReport report = ledger.verify();

        assertThat(report.firstBreak().kind()).isEqualTo(BreakKind.CHECKPOINT_MISMATCH);
        assertThat(report.firstBreak().detail()).contains("checkpoint 1", "missing");
    }

    @Test
    void historyRewrittenWithEveryHashRecomputedDoesNotMatchTheCheckpoints() {
        ledger.replace(3, e -> TestLedger.withPayload(e, "{\"nip\":\"A\",\"rewritten\":true}"), true);
        ledger.rechain();

        VerificationReport report = ledger.verify();

        // A's chain after the rewritten sequence 1 ends, at checkpoint 1, in sequence 3 at global index 8
        assertBreak(report, BreakKind.CHECKPOINT_MISMATCH, 8, "A", 3L);
        assertThat(report.firstBreak().detail()).contains("rewritten");
    }

    @Test
    void aCheckpointKeptByTheAuditorCatchesAHistoryRewrittenTogetherWithItsCheckpoints() {
        Checkpoint kept = ledger.checkpoints.get(0);
        ledger.replace(3, e -> TestLedger.withPayload(e, "{\"nip\":\"A\",\"rewritten\":true}"), true);
        ledger.rechain();
        ledger.checkpoints.clear();

        assertThat(ledger.verify().verified()).as("without what the auditor kept, a rewrite from scratch holds")
                .isTrue();
        VerificationReport report = ledger.verify(kept);
        assertBreak(report, BreakKind.CHECKPOINT_MISMATCH, 8, "A", 3L);
        assertThat(report.keptCheckpoints()).isEqualTo(1);
    }

    @Test
    void aKeptCheckpointThatTheExportStillHoldsProvesNothingChangedBeforeIt() {
        Checkpoint kept = ledger.checkpoints.get(0);
        ledger.append("D");
        ledger.seal();

        VerificationReport report = ledger.verify(kept);

        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.checkpointsVerified()).isEqualTo(3);
    }

    @Test
    void aKeptCheckpointOfAnotherHistoryDoesNotMatch() {
        TestLedger other = new TestLedger();
        other.append("X");
        Checkpoint foreign = other.seal(ledger.key);

        VerificationReport report = ledger.verify(foreign);

        // it sealed X at global index 1, where this export has A; and the export's own checkpoint 1 differs
        assertBreak(report, BreakKind.MISSING_EVENT, 1, "X", 0L);
        assertThat(report.breaks()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPeriodExportIsCheckedLinkByLinkFromItsFirstEventOfEachStream() {
        ledger.events.removeIf(e -> e.globalIndex() < 6);

        VerificationReport report = ledger.verify(Scope.PERIOD);

        assertThat(report.verified()).as(report.summary()).isTrue();
        assertThat(report.scope()).isEqualTo(Scope.PERIOD);
        assertThat(report.summary()).contains("period export");
    }

    @Test
    void aPeriodExportStillShowsAGapInsideIt() {
        ledger.events.removeIf(e -> e.globalIndex() < 6 || e.globalIndex() == 11);

        assertBreak(ledger.verify(Scope.PERIOD), BreakKind.MISSING_EVENT, 14, "A", 4L);
    }

    @Test
    void aFullExportMissingTheStartOfAStreamIsMissingEvents() {
        ledger.events.removeIf(e -> e.globalIndex() < 6);
        ledger.checkpoints.clear();

        assertBreak(ledger.verify(), BreakKind.MISSING_EVENT, 6, "A", 0L);
    }

    private static void assertBreak(VerificationReport report, BreakKind kind, long globalIndex, String stream,
                                    Long sequence) {
        assertThat(report.verified()).as("verified").isFalse();
        Break first = report.firstBreak();
        assertThat(first.kind()).as(first.toString()).isEqualTo(kind);
        assertThat(first.globalIndex()).as(first.toString()).isEqualTo(globalIndex);
        assertThat(first.aggregateIdentifier()).as(first.toString()).isEqualTo(stream);
        assertThat(first.sequenceNumber()).as(first.toString()).isEqualTo(sequence);
    }
}
