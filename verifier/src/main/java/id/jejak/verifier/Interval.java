package id.jejak.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a checkpoint says about the events between the previous checkpoint and itself, beyond their Merkle root: the
 * streams' heads, and the gaps — global indexes in the interval that hold no event (a rolled-back append draws an
 * index and never uses it). With both, a verifier locates a missing or inserted event by global index, stream and
 * sequence number. The checkpoint signs their digest: SHA-256 of {@link #encode()}, the canonical form of the format
 * name {@value #FORMAT}, the number of heads, each head (aggregate, sequence number, global index, hash) in
 * global-index order, the number of gaps and each gap ascending.
 */
public record Interval(List<Head> heads, long[] gaps) {

    public static final String FORMAT = "jejak-ledger-interval-v1";

    public Interval {
        heads = List.copyOf(heads);
        gaps = gaps.clone();
    }

    public byte[] encode() {
        Canonical canonical = new Canonical().text(FORMAT).int32(heads.size());
        for (Head head : heads) {
            canonical.text(head.aggregateIdentifier()).int64(head.sequenceNumber()).int64(head.globalIndex())
                    .bytes(head.hash());
        }
        canonical.int32(gaps.length);
        for (long gap : gaps) {
            canonical.int64(gap);
        }
        return canonical.toByteArray();
    }

    public byte[] digest() {
        return Canonical.sha256().digest(encode());
    }

    /** Reads what {@link #encode()} wrote; the store keeps an interval in this form. */
    public static Interval decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        String format = text(in);
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("not an interval of format " + FORMAT + ": " + format);
        }
        int headCount = in.getInt();
        List<Head> heads = new ArrayList<>(headCount);
        for (int i = 0; i < headCount; i++) {
            heads.add(new Head(text(in), in.getLong(), in.getLong(), bytes(in)));
        }
        long[] gaps = new long[in.getInt()];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = in.getLong();
        }
        return new Interval(heads, gaps);
    }

    private static byte[] bytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }

    private static String text(ByteBuffer in) {
        byte[] value = bytes(in);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Interval interval && Arrays.equals(encode(), interval.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }
}
