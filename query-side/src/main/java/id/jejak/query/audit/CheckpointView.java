package id.jejak.query.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.jejak.verifier.Checkpoint;
import id.jejak.verifier.Hex;

import java.util.Base64;
import java.util.List;

/** A checkpoint in the list: what it signed, without its heads and gaps (GET …/checkpoints/{sequence} has them). */
public record CheckpointView(long sequence, long upToGlobalIndex, long treeSize, String merkleRoot, String previousRoot,
                      String intervalDigest, String signedAt, String keyId, String signature) {

    static CheckpointView of(Checkpoint checkpoint) {
        return new CheckpointView(checkpoint.sequence(), checkpoint.upToGlobalIndex(), checkpoint.treeSize(),
                Hex.encode(checkpoint.merkleRoot()), Hex.encode(checkpoint.previousRoot()),
                Hex.encode(checkpoint.intervalDigest()), checkpoint.signedAt(), checkpoint.keyId(),
                Base64.getEncoder().encodeToString(checkpoint.signature()));
    }

    /**
     * One checkpoint in the form to keep, as {@code ExportWriter} writes it and the verifier reads it: documents that
     * answer, which is written as exact bytes rather than from this record.
     *
     * @param heads each stream's last event up to the checkpoint
     * @param gaps  global indexes that were never used, up to the checkpoint
     */
    record KeptCheckpoint(@JsonUnwrapped CheckpointView checkpoint, List<StreamHead> heads, List<Long> gaps) {

        record StreamHead(String aggregateIdentifier, long sequenceNumber, long globalIndex, String hash) {
        }
    }

    /**
     * @param keyId     the key this node signs with, if it does
     * @param publicKey its public half (X.509, base64); auditors should hold their own copy rather than trust this one
     */
    public record Page(String keyId, String publicKey, List<CheckpointView> checkpoints) {
    }
}
