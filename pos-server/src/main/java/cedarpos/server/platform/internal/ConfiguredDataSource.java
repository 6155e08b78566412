package cedarpos.server.platform.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The class the connection pool instantiates for our one datasource. It picks
 * the vendor DataSource from the configured JDBC URL at first use, so the same
 * WAR runs on the embedded H2 file database or on PostgreSQL without a rebuild.
 * H2 comes from Payara's own modules, the PostgreSQL driver from WEB-INF/lib;
 * both are loaded reflectively so neither is a compile-time dependency.
 */
public class ConfiguredDataSource implements DataSource {
    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile DataSource delegate;
    private int loginTimeout;
    private PrintWriter logWriter;

    private DataSource delegate() throws SQLException {
        DataSource d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = create(Settings.dbUrl(), Settings.dbUser(), Settings.dbPassword());
                    delegate = d;
                }
            }
        }
        return d;
    }

    static DataSource create(String url, String user, String password) throws SQLException {
        String className;
        if (Settings.isPostgres(url)) {
            className = "org.postgresql.ds.PGSimpleDataSource";
        } else if (url.startsWith("jdbc:h2:")) {
            className = "org.h2.jdbcx.JdbcDataSource";
        } else {
            throw new SQLException("unsupported database URL " + Settings.describeUrl(url)
                    + " (expected jdbc:h2: or jdbc:postgresql:)");
        }
        try {
            Class<?> type = Class.forName(className, true, ConfiguredDataSource.class.getClassLoader());
            Object ds = type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(ds, url);
            type.getMethod("setUser", String.class).invoke(ds, user);
            type.getMethod("setPassword", String.class).invoke(ds, password);
            LOG.info(() -> "datasource " + className + " url=" + Settings.describeUrl(url) + " user=" + user);
            return (DataSource) ds;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("cannot create " + className + " for " + Settings.describeUrl(url), e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
