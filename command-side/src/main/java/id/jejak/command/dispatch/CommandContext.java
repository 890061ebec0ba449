package id.jejak.command.dispatch;

import id.jejak.platform.security.Role;

import java.util.Set;

/**
 * The context of one decision request: who takes it, in which role, for which units (an HR officer's; {@code *}
 * for the whole agency), and the correlation id of the request that carries it.
 */
public record CommandContext(Actor actor, Role role, Set<String> units, String correlationId) {

    public CommandContext {
        units = units == null ? Set.of() : Set.copyOf(units);
    }
}
