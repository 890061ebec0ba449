package id.jejak.query.projection;

import id.jejak.kernel.CareerEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Hands every event about one person to the same segment, whichever stream it comes from, so that a segment sees a
 * person's events in the order they were recorded. A projection needs it when it keeps rows that follow from
 * several of a person's streams: career history stamps a programme's enrolment with the unit its person was in when
 * it was recorded (ordered by the programme's stream instead, it would read the person's unit as far as another
 * segment had got, and a rebuild could stamp another unit than the live run did); the reports keep each person's
 * lesson hours per year and unit, from their own stream's placements and revocations and a programme's completions.
 */
public final class PersonOrder implements SequencingPolicy<EventMessage<?>> {

    public static final PersonOrder INSTANCE = new PersonOrder();

    private PersonOrder() {
    }

    /** The person's NIP, which is also the id of their own stream; other events keep their stream's order. */
    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof CareerEvent about) {
            return about.nip().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
