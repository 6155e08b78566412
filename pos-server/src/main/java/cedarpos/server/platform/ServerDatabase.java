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

    /**
     * What an HTTP request is told while the server is not serving ({@link #isServing()} false), whoever refuses
     * it (the startup gate, or sign-in, which runs before it): {@code DATABASE_UNAVAILABLE} while the database
     * cannot be migrated, otherwise {@code SERVER_STARTING}. Both are 503 with {@code Retry-After}
     * {@value #RETRY_AFTER_SECONDS}.
     */
    ApiError startupRefusal();

    /** Seconds a client should wait before sending a refused request again: startup takes a few. */
    String RETRY_AFTER_SECONDS = "2";
}
