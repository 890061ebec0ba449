package id.jejak.verifier;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTreeTest {

    @Test
    void theIncrementalRootIsRfc6962sRootAtEverySize() {
        MerkleTree tree = new MerkleTree();
        List<byte[]> leaves = new ArrayList<>();
        assertThat(tree.root()).isEqualTo(sha256(new byte[0]));
        for (int n = 1; n <= 70; n++) {
            byte[] eventHash = sha256(new byte[]{(byte) n});
            tree.append(n * 3L, eventHash);
            leaves.add(leaf(n * 3L, eventHash));
            assertThat(tree.root()).as("root of %d leaves", n).isEqualTo(rfc6962(leaves));
        }
    }

    @Test
    void aTreeResumedFromItsFrontierGrowsAsIfNeverStopped() {
        MerkleTree whole = new MerkleTree();
        MerkleTree first = new MerkleTree();
        for (int n = 1; n <= 11; n++) {
            whole.append(n, sha256(new byte[]{(byte) n}));
            first.append(n, sha256(new byte[]{(byte) n}));
        }
        MerkleTree resumed = MerkleTree.resume(first.size(), first.frontier());
        for (int n = 12; n <= 40; n++) {
            whole.append(n, sha256(new byte[]{(byte) n}));
            resumed.append(n, sha256(new byte[]{(byte) n}));
        }

        assertThat(first.frontier()).hasSize(3 * 32); // 11 = 8 + 2 + 1
        assertThat(resumed.root()).isEqualTo(whole.root());
        assertThat(resumed.size()).isEqualTo(40);
    }

    @Test
    void theLeafBindsTheGlobalIndex() {
        MerkleTree tree = new MerkleTree();
        byte[] eventHash = sha256(new byte[]{1});

        assertThat(tree.leafHash(1, eventHash)).isNotEqualTo(tree.leafHash(2, eventHash));
    }

    /** RFC 6962, section 2.1, written as the RFC writes it. */
    private static byte[] rfc6962(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        byte[] left = rfc6962(leaves.subList(0, k));
        byte[] right = rfc6962(leaves.subList(k, leaves.size()));
        byte[] node = new byte[65];
        node[0] = 1;
        System.arraycopy(left, 0, node, 1, 32);
        System.arraycopy(right, 0, node, 33, 32);
        return sha256(node);
    }

    private static byte[] leaf(long globalIndex, byte[] eventHash) {
        byte[] input = new byte[41];
        for (int i = 0; i < 8; i++) {
            input[1 + i] = (byte) (globalIndex >>> (56 - 8 * i));
        }
        System.arraycopy(eventHash, 0, input, 9, 32);
        return sha256(input);
    }

    private static byte[] sha256(byte[] input) {
        MessageDigest digest = Canonical.sha256();
        return digest.digest(Arrays.copyOf(input, input.length));
    }
}
