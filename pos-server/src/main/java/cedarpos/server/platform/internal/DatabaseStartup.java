package cedarpos.server.platform.internal;

import cedarpos.migrations.Migrations;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.DatabaseReady;
import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up to date before anything uses JPA: Flyway migration,
 * then the server epoch (new when the operator declares a restore, or when the
 * database is behind the epoch witness beside it), then {@link DatabaseReady}.
 * A database that is unreachable at deploy time does not stop the deployment;
 * readiness stays DOWN and the migration is retried every few seconds.
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
    /** How {@link #problem()} starts while the database cannot be migrated (unreachable, locked, broken). */
    static final String UNAVAILABLE = "database unavailable: ";
    private static final long RETRY_MILLIS = 3000;
    /** How stale the witness may be; a crash loses at most this much of it, which only weakens detection. */
    private static final long WITNESS_MILLIS = 2000;
    private static final String RETRY_TIMER = "cedarpos-migrate";
    private static final String WITNESS_TIMER = "cedarpos-witness";
    private static final String READY_TIMER = "cedarpos-ready";
    private static final String FIRST_TIMER = "cedarpos-first-migrate";

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private Event<DatabaseReady> ready;

    @Inject
    private EntityManagerProducer persistence;

    @Resource
    private ManagedExecutorService executor;

    private final Object witnessLock = new Object();
    private EpochWitness lastWitness;

    private volatile String epoch;
    private volatile boolean serving;
    private volatile String problem = "database not migrated yet";

    @PostConstruct
    void start() {
        LOG.info(() -> "database url=" + Settings.describeUrl(Settings.dbUrl()) + " demo=" + Settings.demo()
                + " dataDir=" + Settings.dataDir());
        // migrate on a timer thread, not here: Payara starts the web module only after this returns, so the
        // migration and the persistence unit now run beside it instead of before it (requests meanwhile get
        // StartupGate's 503)
        timers.createSingleActionTimer(0, new TimerConfig(FIRST_TIMER, false));
    }

    @Timeout
    void onTimer(Timer timer) {
        if (WITNESS_TIMER.equals(timer.getInfo())) {
            writeWitness();
        } else if (READY_TIMER.equals(timer.getInfo())) {
            announceReady();
        } else if (FIRST_TIMER.equals(timer.getInfo())) {
            if (!attempt()) {
                timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig(RETRY_TIMER, false));
            }
        } else if (attempt()) {
            timer.cancel();
        }
    }

    /** Modules' startup work (first administrator, demo enrollment code), then readiness reports UP. */
    private void announceReady() {
        writeWitness();
        timers.createIntervalTimer(WITNESS_MILLIS, WITNESS_MILLIS, new TimerConfig(WITNESS_TIMER, false));
        try {
            ready.fire(new DatabaseReady(epoch, Settings.demo(), Settings.dataDir()));
        } catch (RuntimeException e) {
            // a module's startup work failed; the database itself is fine and stays ready
            LOG.log(Level.SEVERE, "startup work after the database became ready failed", e);
        }
        serving = true;
    }

    @PreDestroy
    void shutdown() {
        if (epoch != null) {
            writeWitness();
            EpochWitness w = lastWitness;
            LOG.info(() -> "epoch witness at shutdown: " + (w == null ? "not written" : w.describe()));
        }
    }

    private synchronized boolean attempt() {
        if (epoch != null) {
            return true;
        }
        try {
            MigrateResult result = Migrations.migrateServer(dataSource, Settings.demo());
            String e = settleEpoch(ensureEpoch());
            LOG.info(() -> "database ready: schema " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                    + " migration(s) run, epoch " + e);
            problem = "";
            epoch = e;
        } catch (RuntimeException | SQLException e) {
            problem = UNAVAILABLE + rootMessage(e);
            LOG.log(Level.WARNING, "database not ready, retrying in " + RETRY_MILLIS + " ms: " + rootMessage(e));
            return false;
        }
        // the persistence unit takes seconds to start: begin now, beside the rest of the deployment
        executor.execute(persistence::warmUp);
        // observers call back into this bean; from @PostConstruct that is a loopback the container forbids
        timers.createSingleActionTimer(0, new TimerConfig(READY_TIMER, false));
        return true;
    }

    /**
     * The epoch to run with: a new one when the operator declared a restore
     * (cedarpos.new.epoch) or the database is behind what this server saw of it;
     * otherwise the stored one.
     */
    private String settleEpoch(String stored) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            EpochWitness now = EpochWitness.read(c, stored);
            if (Settings.newEpoch()) {
                return replaceEpoch(c, stored, "cedarpos.new.epoch=true (declared restore)");
            }
            Optional<EpochWitness> seen = loadWitness();
            if (seen.isPresent() && now.isBehind(seen.get())) {
                String witness = seen.get().describe();
                return replaceEpoch(c, stored, "the database is behind the epoch witness (database " + now.describe()
                        + ", witness " + witness + "): it was restored from an older copy");
            }
            if (seen.isPresent() && !seen.get().epoch().equals(stored)) {
                LOG.info(() -> "database epoch " + stored + " differs from the witness's " + seen.get().epoch()
                        + " (another database); the witness follows the database");
            }
            return stored;
        }
    }

    private static Optional<EpochWitness> loadWitness() {
        try {
            return EpochWitness.load(Settings.dataDir());
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "epoch witness unreadable, ignoring it: " + rootMessage(unreadable));
            return Optional.empty();
        }
    }

    private String replaceEpoch(Connection c, String old, String why) throws SQLException {
        String fresh = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("UPDATE server_identity SET epoch = ? WHERE id = 1")) {
            ps.setString(1, fresh);
            ps.executeUpdate();
        }
        LOG.warning(() -> "server epoch replaced old=" + old + " new=" + fresh + ": " + why
                + "; terminals will resend what this database lost");
        return fresh;
    }

    /** Records the database's state in the witness file if it changed since the last write. */
    private void writeWitness() {
        String e = epoch;
        if (e == null) {
            return;
        }
        synchronized (witnessLock) {
            try (Connection c = dataSource.getConnection()) {
                EpochWitness now = EpochWitness.read(c, e);
                if (!now.equals(lastWitness)) {
                    now.save(Settings.dataDir());
                    lastWitness = now;
                }
            } catch (SQLException | RuntimeException failed) {
                LOG.fine(() -> "epoch witness not written: " + rootMessage(failed));
            }
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
    public boolean isServing() {
        return serving;
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
    public ApiError startupRefusal() {
        return StartupGate.refusal(isReady(), problem());
    }

    @Override
    public String problem() {
        return problem;
    }
}
