package id.jejak.platform.messaging;

/**
 * Read-your-writes across the two sides. A command's answer carries {@value #HEADER}: how far the store had got
 * once its events were appended (the global index of the record's last event). A read sent with
 * {@value #WAIT_HEADER} is answered only once the query side has processed the store up to that position — or,
 * after a bounded wait, 503 with {@code Retry-After}.
 */
public final class StorePosition {

    public static final String HEADER = "Jejak-Position";
    public static final String WAIT_HEADER = "Jejak-Min-Position";

    private StorePosition() {
    }
}
