package id.jejak.query.audit;

import id.jejak.verifier.VerificationReport;
import id.jejak.verifier.Verifier;

import java.util.List;

/**
 * The auditors' check, run on the live store: the very verifier they run on an export, fed from the tables; under
 * Axon Server, whose events the tables hold a copy of, also a comparison of Axon Server with that copy.
 */
public class LedgerVerification {

    private final LedgerStore store;
    private final LedgerKey key;
    private final AxonServerComparison axonServer;

    LedgerVerification(LedgerStore store, LedgerKey key, AxonServerComparison axonServer) {
        this.store = store;
        this.key = key;
        this.axonServer = axonServer;
    }

    public VerificationReport verify() {
        Verifier verifier = new Verifier(key.publicKeys(), List.of());
        store.read(LedgerStore.Selection.EVERYTHING, verifier::event, verifier::checkpoint);
        VerificationReport report = verifier.finish();
        if (!report.verified() || axonServer == null) {
            return report;
        }
        return axonServer.firstDifference()
                .map(difference -> new VerificationReport(VerificationReport.Status.BROKEN, report.scope(),
                        report.events(), report.checkpoints(), report.checkpointsVerified(), report.lastCheckpoint(),
                        report.sealedUpToGlobalIndex(), report.unsealedEvents(), report.keptCheckpoints(),
                        difference, 1))
                .orElse(report);
    }
}
