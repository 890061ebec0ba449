package id.jejak.kernel;

/**
 * The metadata keys every event carries. The time an event was recorded is the event's own timestamp, written by
 * the store, so it is not repeated here; the date a decision takes effect (TMT) is a field of the event itself.
 */
public final class EventMetadata {

    /** Who decided: the authenticated user's identifier. */
    public static final String ACTOR_ID = "actorId";
    /** The role the actor acted in when deciding. */
    public static final String ACTOR_ROLE = "actorRole";
    /** Why, in the actor's words. */
    public static final String REASON = "reason";
    /** The decree (SK) number and date the decision rests on, where it has one. */
    public static final String LEGAL_BASIS = "legalBasis";
    /** The request or conversation every message it caused shares. */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message that caused this one. */
    public static final String CAUSATION_ID = "causationId";

    /** An imported event's origin, the system its history was kept in (SIASN, a spreadsheet). */
    public static final String MIGRATION_SOURCE = "migrationSource";
    /** An imported event's file, as the importer named it, and its row there (the first data row is 1). */
    public static final String MIGRATION_FILE = "migrationFile";
    public static final String MIGRATION_ROW = "migrationRow";
    /** The import that recorded it; the importing user is its actor and the time its recorded time. */
    public static final String MIGRATION_ID = "migrationId";

    private EventMetadata() {
    }
}
