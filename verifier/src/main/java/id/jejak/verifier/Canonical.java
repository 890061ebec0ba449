package id.jejak.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The canonical byte form everything in the ledger is hashed or signed over: a sequence of fields, each a 4-byte
 * big-endian length followed by that many bytes (text as UTF-8), or the length -1 ({@code ff ff ff ff}) and nothing
 * for an absent value; numbers as 8-byte big-endian two's complement. Lengths make the form unambiguous (no field
 * can run into the next), and PostgreSQL builds the very same bytes with {@code int4send}, {@code int8send} and
 * {@code convert_to(…, 'UTF8')} in the append trigger. One buffer is reused, so an instance is not thread-safe.
 */
public final class Canonical {

    private byte[] bytes = new byte[2048];
    private int length;

    public Canonical reset() {
        length = 0;
        return this;
    }

    public Canonical bytes(byte[] value) {
        if (value == null) {
            return int32(-1);
        }
        int32(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
        return this;
    }

    public Canonical text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public Canonical int32(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
        return this;
    }

    public Canonical int64(long value) {
        int32((int) (value >>> 32));
        return int32((int) value);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** SHA-256 of the bytes written since the last reset. */
    public byte[] sha256(MessageDigest digest) {
        digest.update(bytes, 0, length);
        return digest.digest();
    }

    /**
     * Hands the bytes written so far to the digest and starts over, so large values can go to the digest
     * directly ({@link #bytesTo}) instead of being copied into the buffer first.
     */
    public Canonical flushTo(MessageDigest digest) {
        digest.update(bytes, 0, length);
        length = 0;
        return this;
    }

    /** Writes a value's field to the digest: its length here, flushed, then the value itself. */
    public Canonical bytesTo(MessageDigest digest, byte[] value) {
        if (value == null) {
            return int32(-1);
        }
        int32(value.length).flushTo(digest);
        digest.update(value);
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** A new SHA-256 digest; every JDK has one. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
