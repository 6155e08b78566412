package cedarpos.server.platform.internal;

import cedarpos.migrations.Migrations;
import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up to date before anything uses JPA: Flyway migration,
 * then the server epoch. A database that is unreachable at deploy time does not
 * stop the deployment; readiness stays DOWN and the migration is retried every
 * few seconds until it succeeds.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATASOURCE,
        className = "cedarpos.server.platform.internal.ConfiguredDataSource",
        // connections are opened on demand, so a database that is down at deploy time breaks nothing
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@Startup
@Singleton
@Local(ServerDatabase.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Flyway commits on its own connection; a container transaction around it would forbid that
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup implements ServerDatabase {
    public static final String DATASOURCE = "java:global/jdbc/cedarpos";
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final long RETRY_MILLIS = 3000;

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    private volatile String epoch;
    private volatile String problem = "database not migrated yet";

    @PostConstruct
    void start() {
        LOG.info(() -> "database url=" + Settings.describeUrl(Settings.dbUrl()) + " demo=" + Settings.demo()
                + " dataDir=" + Settings.dataDir());
        if (!attempt()) {
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("cedarpos-migrate", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (attempt()) {
            timer.cancel();
        }
    }

    private synchronized boolean attempt() {
        if (epoch != null) {
            return true;
        }
        try {
            MigrateResult result = Migrations.migrateServer(dataSource, Settings.demo());
            String e = ensureEpoch();
            LOG.info(() -> "database ready: schema " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                    + " migration(s) run, epoch " + e);
            problem = "";
            epoch = e;
            return true;
        } catch (RuntimeException | SQLException e) {
            problem = "database unavailable: " + rootMessage(e);
            LOG.log(Level.WARNING, "database not ready, retrying in " + RETRY_MILLIS + " ms: " + rootMessage(e));
            return false;
        }
    }

    private String ensureEpoch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String existing = readEpoch(c);
            if (existing != null) {
                return existing;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO server_identity (id, epoch, created_at) VALUES (1, ?, ?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            } catch (SQLException raced) {
                // another node wrote it first; its epoch is the one
                LOG.fine(() -> "server_identity written concurrently: " + raced.getMessage());
            }
            String written = readEpoch(c);
            if (written == null) {
                throw new SQLException("server_identity is still empty after writing it");
            }
            return written;
        }
    }

    private static String readEpoch(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT epoch FROM server_identity WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    @Override
    public boolean isReady() {
        return epoch != null;
    }

    @Override
    public String epoch() {
        String e = epoch;
        if (e == null) {
            throw new IllegalStateException(problem);
        }
        return e;
    }

    @Override
    public String problem() {
        return problem;
    }
}
