package id.jejak.benchmark.generator;

import id.jejak.kernel.Decree;

import java.util.function.Function;

/**
 * One command of the generated history, with the context the HR system would send it in: who decides, in which role,
 * why and on which decree. A command that names an earlier event (a correction, a revocation) is made when it is
 * sent, from the identifier the store gave that event.
 *
 * @param aggregate      the record the command goes to (NIP, programme id, unit code)
 * @param command        the command, or null when {@code deferred} makes it
 * @param deferred       makes the command from the identifiers of earlier events
 * @param streamEvents   how many events the command appends to {@code aggregate}'s own stream
 */
public record Step(String aggregate, Object command, Function<EventIds, Object> deferred, String actor, String role,
                   String reason, Decree legalBasis, int streamEvents) {

    /** Finds the identifier of the event at a sequence number of a stream. */
    @FunctionalInterface
    public interface EventIds {
        String eventId(String aggregate, long sequenceNumber);
    }

    public Object command(EventIds ids) {
        return command != null ? command : deferred.apply(ids);
    }

    /** The command's type, for counting. */
    public String type(EventIds ids) {
        return command != null ? command.getClass().getSimpleName() : "deferred";
    }
}
