package id.jejak.verifier;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * A signed statement about the whole store up to a global index: how many events it held ({@code treeSize}), the
 * Merkle root over them, the previous checkpoint's root (so checkpoints form a chain of their own and none can be
 * dropped unnoticed), the digest of the interval's heads and gaps, when it was signed and by which key. The
 * signature is Ed25519 over {@link #signedBytes()}: the canonical form of the format name {@value #FORMAT},
 * sequence, up-to global index, tree size, Merkle root, previous root, interval digest, signing time (the ISO text)
 * and key id.
 *
 * @param interval the heads and gaps; {@code null} in partial exports, which carry the digest only (a person's export
 *                 must not list everyone else's streams)
 */
public record Checkpoint(long sequence, long upToGlobalIndex, long treeSize, byte[] merkleRoot, byte[] previousRoot,
                         byte[] intervalDigest, String signedAt, String keyId, byte[] signature, Interval interval) {

    public static final String FORMAT = "jejak-ledger-checkpoint-v1";

    public byte[] signedBytes() {
        return new Canonical().text(FORMAT)
                .int64(sequence)
                .int64(upToGlobalIndex)
                .int64(treeSize)
                .bytes(merkleRoot)
                .bytes(previousRoot)
                .bytes(intervalDigest)
                .text(signedAt)
                .text(keyId)
                .toByteArray();
    }

    /** The same checkpoint without its heads and gaps, as partial exports and the list endpoint carry it. */
    public Checkpoint withoutInterval() {
        return new Checkpoint(sequence, upToGlobalIndex, treeSize, merkleRoot, previousRoot, intervalDigest, signedAt,
                keyId, signature, null);
    }

    static byte[] sign(byte[] message, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(LedgerKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a checkpoint with " + LedgerKeys.ALGORITHM, e);
        }
    }

    /** Whether the signature is this key's over this checkpoint; any malformed part makes it false. */
    public boolean isSignedBy(PublicKey key) {
        if (signature == null || key == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(LedgerKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes());
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
