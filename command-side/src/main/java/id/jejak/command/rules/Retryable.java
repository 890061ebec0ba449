package id.jejak.command.rules;

/**
 * Marks an answer that says "send the command again" (it lost a race with another decision on the same record):
 * such an answer is no outcome of the request, so an idempotency key must not keep it.
 */
public final class Retryable {

    /** The request attribute set on such an answer. */
    public static final String ATTRIBUTE = Retryable.class.getName();

    private Retryable() {
    }
}
