package cedarpos.terminal.archfixture.ui.alpha;

/** Breaks uiNeverTouchesSqlOrStoreInternals: a view that opens a database connection. */
public final class AlphaSql {
    public Object connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
    }
}
