package id.jejak.command.dispatch;

/** The context of one decision request: who takes it, and the correlation id of the request that carries it. */
public record CommandContext(Actor actor, String correlationId) {
}
