package id.jejak.query.admin;

import org.axonframework.common.ObjectUtils;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.async.SequencingPolicy;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which events of the stream a rebuild's lane takes: those its projection has a handler for, in the lane's segment of
 * the projection's sequencing policy — what {@link EventHandlerInvoker#canHandle} answers, asked cheaper. Whether a
 * handler matches depends on the event's payload class and message class only (the handlers' parameters ask for the
 * event, its message, token, sequence number and time), so it is asked once for each such kind; asked for every event
 * by every lane, it was a fifth of a rebuild's JVM samples. The segment is matched as the invoker matches it, from its
 * own sequencing policy; an invoker whose policy cannot be read is asked for every event, as before.
 */
final class LaneFilter {

    private final EventHandlerInvoker invoker;
    private final Segment segment;
    private final SequencingPolicy<? super EventMessage<?>> policy;
    /**
     * By message class, then payload class: compared by identity, where a two-class list as the key was hashed and
     * compared for every event by every lane (7.5% of a rebuild's JVM samples).
     */
    private final Map<Class<?>, Map<Class<?>, Boolean>> handledKinds = new IdentityHashMap<>();

    LaneFilter(EventHandlerInvoker invoker, Segment segment) {
        this.invoker = invoker;
        this.segment = segment;
        this.policy = sequencingPolicy(invoker);
    }

    boolean takes(EventMessage<?> message) {
        if (policy == null) {
            return invoker.canHandle(message, segment);
        }
        boolean handled = handledKinds.computeIfAbsent(message.getClass(), kind -> new IdentityHashMap<>())
                .computeIfAbsent(message.getPayloadType(), kind -> invoker.canHandle(message, Segment.ROOT_SEGMENT));
        // as SimpleEventHandlerInvoker.sequencingPolicyMatchesSegment, which the invoker's handle asks again
        return handled && segment.matches(Objects.hashCode(
                ObjectUtils.getOrDefault(policy.getSequenceIdentifierFor(message), message::getIdentifier)));
    }

    /** The one sequencing policy of the invoker's handlers; null if they have none that can be read, or several. */
    private static SequencingPolicy<? super EventMessage<?>> sequencingPolicy(EventHandlerInvoker invoker) {
        List<EventHandlerInvoker> invokers = invoker instanceof MultiEventHandlerInvoker multi
                ? multi.delegates() : List.of(invoker);
        SequencingPolicy<? super EventMessage<?>> policy = null;
        for (EventHandlerInvoker each : invokers) {
            if (!(each instanceof SimpleEventHandlerInvoker simple)
                    || policy != null && policy != simple.getSequencingPolicy()) {
                return null;
            }
            policy = simple.getSequencingPolicy();
        }
        return policy;
    }
}
