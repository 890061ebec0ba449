package id.jejak.command.dispatch;

import id.jejak.kernel.InvalidValueException;

import java.util.Map;

/**
 * Who is taking a decision. For now named by the {@code X-Actor-Id} header; authentication will name it instead,
 * in {@link CommandContextArgumentResolver} alone.
 */
public record Actor(String id) {

    public Actor {
        if (id == null || !id.matches("[\\p{Alnum}._@-]{1,100}")) {
            throw new InvalidValueException("ACTOR_ID_INVALID",
                    "the actor id must be 1 to 100 letters, digits or . _ @ -", Map.of("actorId", String.valueOf(id)));
        }
    }
}
