package id.jejak.verifier;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency) over the events in global-index order, grown one leaf at a
 * time. A leaf is {@code SHA-256(0x00 ‖ global index as 8 bytes ‖ event hash)}, an inner node
 * {@code SHA-256(0x01 ‖ left ‖ right)}, and the root of n leaves splits them at the largest power of two below n —
 * so the tree of an earlier checkpoint is a prefix of every later one, and an auditor who kept an earlier root checks
 * it against the export by computing the root at that size. Only the "frontier" is kept: the roots of the perfect
 * subtrees the leaves so far fall into (one per set bit of the size, at most 64), enough to add leaves and compute
 * the root; the sealer stores it with each checkpoint to continue from there.
 */
public final class MerkleTree {

    public static final int HASH_LENGTH = 32;

    private final MessageDigest sha256 = Canonical.sha256();
    private final byte[][] levels = new byte[64][];
    private final byte[] leafInput = new byte[1 + 8 + HASH_LENGTH];
    private long size;

    public long size() {
        return size;
    }

    /** Adds the leaf of the event at this global index with this hash. */
    public void append(long globalIndex, byte[] eventHash) {
        appendLeafHash(leafHash(globalIndex, eventHash));
    }

    public byte[] leafHash(long globalIndex, byte[] eventHash) {
        leafInput[0] = 0;
        for (int i = 0; i < 8; i++) {
            leafInput[1 + i] = (byte) (globalIndex >>> (56 - 8 * i));
        }
        if (eventHash != null && eventHash.length == HASH_LENGTH) {
            System.arraycopy(eventHash, 0, leafInput, 9, HASH_LENGTH);
        } else {
            // an event without a proper hash still takes its place in the tree, as a leaf no real event has
            Arrays.fill(leafInput, 9, leafInput.length, (byte) 0);
        }
        return sha256.digest(leafInput);
    }

    private void appendLeafHash(byte[] leaf) {
        byte[] carry = leaf;
        int level = 0;
        while (levels[level] != null) {
            carry = node(levels[level], carry);
            levels[level] = null;
            level++;
        }
        levels[level] = carry;
        size++;
    }

    /** The root of the leaves so far; for no leaves, the hash of nothing, as RFC 6962 has it. */
    public byte[] root() {
        byte[] root = null;
        for (byte[] subtree : levels) {
            if (subtree != null) {
                root = root == null ? subtree : node(subtree, root);
            }
        }
        return root == null ? sha256.digest(new byte[0]) : root;
    }

    /** The perfect subtrees' roots, largest (leftmost) first, concatenated. */
    public byte[] frontier() {
        byte[] frontier = new byte[Long.bitCount(size) * HASH_LENGTH];
        int offset = 0;
        for (int level = levels.length - 1; level >= 0; level--) {
            if (levels[level] != null) {
                System.arraycopy(levels[level], 0, frontier, offset, HASH_LENGTH);
                offset += HASH_LENGTH;
            }
        }
        return frontier;
    }

    /** The tree of {@code size} leaves whose frontier is this, ready to grow. */
    public static MerkleTree resume(long size, byte[] frontier) {
        if (size < 0 || frontier == null || frontier.length != Long.bitCount(size) * HASH_LENGTH) {
            throw new IllegalArgumentException("a frontier of " + (frontier == null ? 0 : frontier.length)
                    + " bytes does not fit a tree of " + size + " leaves");
        }
        MerkleTree tree = new MerkleTree();
        int offset = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size & (1L << level)) != 0) {
                tree.levels[level] = Arrays.copyOfRange(frontier, offset, offset + HASH_LENGTH);
                offset += HASH_LENGTH;
            }
        }
        tree.size = size;
        return tree;
    }

    private byte[] node(byte[] left, byte[] right) {
        sha256.update((byte) 1);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }
}
