package id.jejak.command.rules;

/** How a rule refuses a decision, which decides how the refusal is answered. */
public enum Refusal {
    /** The decision names something that was never recorded. */
    NOT_FOUND,
    /** The decision was already taken, or collides with one taken meanwhile. */
    CONFLICT,
    /** The decision breaks a rule of law or policy. */
    REFUSED,
    /** The actor may take decisions of this kind, but not about this person (403). */
    FORBIDDEN
}
