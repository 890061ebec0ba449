package id.jejak.query.audit;

import id.jejak.verifier.Break;
import id.jejak.verifier.VerificationReport;

import java.time.Instant;

/**
 * The verification report as the API answers it: the verifier's report, with a summary and the broken point's
 * message in the reader's language.
 *
 * @param summary in the reader's language
 */
public record VerificationView(String status, String summary, String scope, long events, long checkpoints,
                        long checkpointsVerified, Long lastCheckpoint, Long sealedUpToGlobalIndex, long unsealedEvents,
                        int breaks, BreakView firstBreak, Instant verifiedAt) {

    /**
     * @param code    the rule code of its kind, {@code LEDGER_} and the kind
     * @param message what is wrong, in the reader's language
     * @param detail  the evidence, in English, as the offline verifier prints it
     */
    public record BreakView(String kind, String code, String message, long globalIndex, String aggregateIdentifier,
                     Long sequenceNumber, Long checkpoint, String detail) {

        static BreakView of(Break broken, String message) {
            return new BreakView(broken.kind().name(), code(broken), message, broken.globalIndex(),
                    broken.aggregateIdentifier(), broken.sequenceNumber(), broken.checkpoint(), broken.detail());
        }

        static String code(Break broken) {
            return "LEDGER_" + broken.kind().name();
        }
    }

    static VerificationView of(VerificationReport report, String summary, BreakView firstBreak, Instant verifiedAt) {
        return new VerificationView(report.status().name(), summary, report.scope().name().toLowerCase(),
                report.events(), report.checkpoints(), report.checkpointsVerified(), report.lastCheckpoint(),
                report.sealedUpToGlobalIndex(), report.unsealedEvents(), report.breaks(), firstBreak, verifiedAt);
    }
}
