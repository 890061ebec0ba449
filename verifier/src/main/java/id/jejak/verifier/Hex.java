package id.jejak.verifier;

/** Lower-case hexadecimal, the form hashes take in exports, reports and the API. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            VALUES['a' + i] = (byte) (10 + i);
            VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        char[] text = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(text);
    }

    public static byte[] decode(CharSequence text) {
        if (text == null) {
            return null;
        }
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("a hexadecimal value has an even number of digits");
        }
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((digit(text.charAt(2 * i)) << 4) | digit(text.charAt(2 * i + 1)));
        }
        return bytes;
    }

    private static int digit(char c) {
        int value = c < 128 ? VALUES[c] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("not a hexadecimal digit: " + c);
        }
        return value;
    }
}
