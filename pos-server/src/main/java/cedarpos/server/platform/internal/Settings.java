package cedarpos.server.platform.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's configuration keys and their defaults. Values come from
 * MicroProfile Config (system properties, then environment variables such as
 * CEDARPOS_DB_URL, then microprofile-config.properties). Defaults live here in
 * code rather than in a properties file because the datasource reads them from
 * a connection-pool thread where the application's own config sources may not
 * be visible yet.
 */
public final class Settings {
    public static final String DATA_DIR = "cedarpos.data.dir";
    public static final String DB_URL = "cedarpos.db.url";
    public static final String DB_USER = "cedarpos.db.user";
    public static final String DB_PASSWORD = "cedarpos.db.password";
    public static final String DEMO = "cedarpos.demo";
    /** true: write a new server epoch at this start (after restoring the database from a backup). */
    public static final String NEW_EPOCH = "cedarpos.new.epoch";
    /** Test-only crash point, see FaultInjection; unset in production. */
    public static final String FAULT = "cedarpos.fault";

    /**
     * H2 options of the default file database: no AUTO_SERVER (no extra TCP port),
     * every commit written to the file before it returns (WRITE_DELAY=0, so a kill -9
     * right after an ack loses nothing), and a lock wait long enough for the branch row
     * lock that orders concurrent pushes.
     */
    static final String H2_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

    private Settings() {
    }

    public static Path dataDir() {
        return Path.of(value(DATA_DIR).orElse(Path.of(System.getProperty("user.home"), ".cedarpos", "server")
                .toString())).toAbsolutePath();
    }

    public static String dbUrl() {
        return value(DB_URL).orElse("jdbc:h2:file:" + dataDir().resolve("cedarpos") + H2_OPTIONS);
    }

    public static String dbUser() {
        return value(DB_USER).orElse(isPostgres(dbUrl()) ? "postgres" : "sa");
    }

    public static String dbPassword() {
        return value(DB_PASSWORD).orElse("");
    }

    public static boolean demo() {
        return value(DEMO).map(Boolean::parseBoolean).orElse(false);
    }

    public static boolean newEpoch() {
        return value(NEW_EPOCH).map(Boolean::parseBoolean).orElse(false);
    }

    public static String fault() {
        return value(FAULT).orElse("");
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter masked, for logs. */
    public static String describeUrl(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static Optional<String> value(String key) {
        Config config;
        try {
            config = ConfigProvider.getConfig(Settings.class.getClassLoader());
        } catch (RuntimeException e) {
            // outside an application context (pool threads); fall back to the same two sources MP Config ranks first
            String sys = System.getProperty(key);
            if (sys != null) {
                return Optional.of(sys);
            }
            return Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))).filter(s -> !s.isBlank());
        }
        return config.getOptionalValue(key, String.class).filter(s -> !s.isBlank());
    }
}
