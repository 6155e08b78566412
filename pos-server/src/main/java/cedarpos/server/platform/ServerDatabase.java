package cedarpos.server.platform;

/**
 * State of the one database this server runs on. Other modules ask it before
 * touching JPA, so nothing reads a schema Flyway has not finished migrating.
 */
public interface ServerDatabase {
    /** True once the schema is migrated and the server epoch is known. */
    boolean isReady();

    /**
     * True once the startup work that needs the database (DatabaseReady
     * observers) has run as well: what readiness reports.
     */
    boolean isServing();

    /**
     * The server epoch (changes only when the database is replaced).
     *
     * @throws IllegalStateException before {@link #isReady()}
     */
    String epoch();

    /** Why the database is not ready, for logs and health output; empty when ready. */
    String problem();
}
