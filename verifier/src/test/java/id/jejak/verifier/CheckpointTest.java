package id.jejak.verifier;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    @Test
    void aSealedCheckpointIsSignedAndChangingAnyStatementBreaksTheSignature() {
        SigningKey key = SigningKey.generate();
        CheckpointBuilder builder = new CheckpointBuilder(null, new MerkleTree());
        builder.add(1, "A", 0, Canonical.sha256().digest(new byte[]{1}));
        builder.add(3, "A", 1, Canonical.sha256().digest(new byte[]{2}));
        Checkpoint checkpoint = builder.seal(4, Instant.parse("2026-01-01T00:00:00.123456Z"), key);

        assertThat(checkpoint.sequence()).isEqualTo(1);
        assertThat(checkpoint.treeSize()).isEqualTo(2);
        assertThat(checkpoint.signedAt()).isEqualTo("2026-01-01T00:00:00.123Z");
        assertThat(checkpoint.interval().gaps()).containsExactly(2, 4);
        assertThat(checkpoint.interval().heads()).extracting(Head::aggregateIdentifier, Head::sequenceNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1L));
        assertThat(checkpoint.keyId()).isEqualTo(key.keyId());
        assertThat(checkpoint.isSignedBy(key.publicKey())).isTrue();
        assertThat(checkpoint.isSignedBy(SigningKey.generate().publicKey())).isFalse();

        Checkpoint later = new Checkpoint(checkpoint.sequence(), checkpoint.upToGlobalIndex() + 1,
                checkpoint.treeSize(), checkpoint.merkleRoot(), checkpoint.previousRoot(),
                checkpoint.intervalDigest(), checkpoint.signedAt(), checkpoint.keyId(), checkpoint.signature(),
                checkpoint.interval());
        assertThat(later.isSignedBy(key.publicKey())).isFalse();
    }

    @Test
    void theNextCheckpointNamesThePreviousRootAndContinuesItsTree() {
        SigningKey key = SigningKey.generate();
        CheckpointBuilder first = new CheckpointBuilder(null, new MerkleTree());
        first.add(1, "A", 0, Canonical.sha256().digest(new byte[]{1}));
        Checkpoint one = first.seal(1, Instant.now(), key);
        CheckpointBuilder second = new CheckpointBuilder(one, MerkleTree.resume(1, first.tree().frontier()));
        second.add(2, "B", 0, Canonical.sha256().digest(new byte[]{2}));
        Checkpoint two = second.seal(2, Instant.now(), key);

        assertThat(two.sequence()).isEqualTo(2);
        assertThat(two.previousRoot()).isEqualTo(one.merkleRoot());
        assertThat(two.treeSize()).isEqualTo(2);
        assertThatThrownBy(() -> new CheckpointBuilder(one, new MerkleTree()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> second.add(2, "B", 1, new byte[32])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIntervalDecodesToWhatWasEncoded() {
        Interval interval = new Interval(List.of(new Head("A", 3, 9, new byte[32]), new Head("Ā", 0, 12, null)),
                new long[]{10, 11});

        assertThat(Interval.decode(interval.encode())).isEqualTo(interval);
    }

    @Test
    void keysReadBackFromPemAndBase64AndThePublicHalfFollowsFromThePrivate() {
        KeyPair pair = LedgerKeys.generate();

        assertThat(LedgerKeys.privateKey(LedgerKeys.pem(pair.getPrivate())).getEncoded())
                .isEqualTo(pair.getPrivate().getEncoded());
        assertThat(LedgerKeys.publicKey(LedgerKeys.pem(pair.getPublic())).getEncoded())
                .isEqualTo(pair.getPublic().getEncoded());
        assertThat(LedgerKeys.publicKey(LedgerKeys.base64(pair.getPublic())).getEncoded())
                .isEqualTo(pair.getPublic().getEncoded());
        assertThat(LedgerKeys.publicKeyOf(pair.getPrivate()).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        String both = LedgerKeys.pem(pair.getPrivate()) + LedgerKeys.pem(pair.getPublic());
        assertThat(LedgerKeys.publicKey(both).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(LedgerKeys.keyId(pair.getPublic())).hasSize(16);
        assertThatThrownBy(() -> LedgerKeys.publicKey("bm90IGEga2V5"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
