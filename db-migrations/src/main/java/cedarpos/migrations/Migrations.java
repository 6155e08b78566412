package cedarpos.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one way either side brings its schema up to date. The schema belongs to
 * these scripts, never to JPA DDL generation.
 */
public final class Migrations {
    /** Server schema; every script runs unchanged on H2 2.x and PostgreSQL. */
    public static final String SERVER = "classpath:db/migration/server";
    /** Demo branch, floor plan and Lebanese menu: repeatable, idempotent, only when asked for. */
    public static final String SERVER_DEMO = "classpath:db/demo/server";
    /** Terminal schema for SQLite. */
    public static final String TERMINAL = "classpath:db/migration/terminal";

    private Migrations() {
    }

    public static MigrateResult migrateServer(DataSource dataSource, boolean withDemoData) {
        String[] locations = withDemoData ? new String[] {SERVER, SERVER_DEMO} : new String[] {SERVER};
        return flyway(dataSource, locations).migrate();
    }

    public static MigrateResult migrateTerminal(DataSource dataSource) {
        return flyway(dataSource, TERMINAL).migrate();
    }

    private static Flyway flyway(DataSource dataSource, String... locations) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                // a demo database later run without the demo scripts must not fail validation
                .ignoreMigrationPatterns("*:missing")
                .load();
    }
}
