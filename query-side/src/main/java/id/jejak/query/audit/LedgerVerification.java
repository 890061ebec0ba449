package id.jejak.query.audit;

import id.jejak.verifier.VerificationReport;
import id.jejak.verifier.Verifier;

import java.util.List;

/** The auditors' check, run on the live store: the very verifier they run on an export, fed from the tables. */
public class LedgerVerification {

    private final LedgerStore store;
    private final LedgerKey key;

    public LedgerVerification(LedgerStore store, LedgerKey key) {
        this.store = store;
        this.key = key;
    }

    public VerificationReport verify() {
        Verifier verifier = new Verifier(key.publicKeys(), List.of());
        store.read(LedgerStore.Selection.EVERYTHING, verifier::event, verifier::checkpoint);
        return verifier.finish();
    }
}
