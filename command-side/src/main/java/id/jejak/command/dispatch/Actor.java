package id.jejak.command.dispatch;

import id.jejak.kernel.InvalidValueException;

import java.util.Map;

/** Who is taking a decision: the signed-in user's id, as {@link CommandContextArgumentResolver} reads it. */
public record Actor(String id) {

    public Actor {
        if (id == null || !id.matches("[\\p{Alnum}._@-]{1,100}")) {
            throw new InvalidValueException("ACTOR_ID_INVALID",
                    "the actor id must be 1 to 100 letters, digits or . _ @ -", Map.of("actorId", String.valueOf(id)));
        }
    }
}
