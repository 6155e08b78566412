package cedarpos.terminal.store.internal;

import cedarpos.migrations.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The terminal's SQLite file, migrated and wrapped in MyBatis.
 *
 * <p>Every connection runs WAL with synchronous=FULL (a sale the cashier saw saved
 * survives a power cut) and starts its transactions IMMEDIATE: a transaction that
 * reads then writes takes the write lock up front, so two writers queue on the busy
 * timeout instead of deadlocking on a lock upgrade.
 */
public final class SqliteDatabase implements AutoCloseable {
    public static final String FILE_NAME = "terminal.db";
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final PooledDataSource pool;
    private final SqlSessionFactory sessions;
    private volatile boolean closed;

    private SqliteDatabase(Path file, PooledDataSource pool, SqlSessionFactory sessions) {
        this.file = file;
        this.pool = pool;
        this.sessions = sessions;
    }

    /** Where the database of {@code dataDir} is, whether it exists or not. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME).toAbsolutePath();
    }

    public static SqliteDatabase open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = fileIn(dataDir);
        String url = "jdbc:sqlite:" + file;
        SQLiteConfig config = config();

        SQLiteDataSource migrationSource = new SQLiteDataSource(config);
        migrationSource.setUrl(url);
        Migrations.migrateTerminal(migrationSource);

        PooledDataSource pool = new PooledDataSource("org.sqlite.JDBC", url, config.toProperties());
        pool.setPoolMaximumActiveConnections(4);
        pool.setPoolMaximumIdleConnections(4);

        Configuration mybatis = new Configuration(
                new Environment("terminal", new JdbcTransactionFactory(), pool));
        mybatis.setMapUnderscoreToCamelCase(true);
        mybatis.setJdbcTypeForNull(JdbcType.NULL);
        mybatis.setCacheEnabled(false);
        mybatis.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
        mybatis.addMapper(StateMapper.class);
        mybatis.addMapper(ShiftMapper.class);
        mybatis.addMapper(CatalogMapper.class);
        mybatis.addMapper(OrderMapper.class);
        mybatis.addMapper(OutboxMapper.class);
        mybatis.addMapper(TableMapper.class);
        mybatis.addMapper(StockMapper.class);
        mybatis.addMapper(PrintJobMapper.class);
        mybatis.addMapper(CashierMapper.class);
        mybatis.addMapper(PreferenceMapper.class);
        mybatis.addMapper(ReservationMapper.class);
        mybatis.addMapper(LegacyOrders.LegacyMapper.class);
        return new SqliteDatabase(file, pool, new SqlSessionFactoryBuilder().build(mybatis));
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        return config;
    }

    /** A session whose statements form one IMMEDIATE transaction; commit or it rolls back on close. */
    public SqlSession write() {
        requireOpen();
        assert offEventDispatchThread() : "database write on the event dispatch thread: the UI would freeze";
        return sessions.openSession(false);
    }

    /** Auto-commit session for reads: WAL readers never wait for the writer. */
    public SqlSession read() {
        requireOpen();
        assert offEventDispatchThread() : "database read on the event dispatch thread: the UI would freeze";
        return sessions.openSession(true);
    }

    /**
     * The UI thread never waits on the disk (CONVENTIONS.md, 10): with assertions on, as in every test, a session
     * opened on it fails at once. By the thread's name, so that the store needs no AWT class.
     */
    private static boolean offEventDispatchThread() {
        return !Thread.currentThread().getName().startsWith("AWT-EventQueue");
    }

    public Path file() {
        return file;
    }

    private void requireOpen() {
        if (closed) {
            // the pool would silently reopen connections: a closed store must say so instead
            throw new IllegalStateException("terminal store " + file + " is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        pool.forceCloseAll();
    }
}
