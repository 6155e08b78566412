package cedarpos.systemtest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads a terminal's SQLite file from outside, as an IT person with sqlite3 would. */
public final class TerminalFiles {
    private TerminalFiles() {
    }

    public static String integrityCheck(Path dataDir) {
        return query(dataDir, "PRAGMA integrity_check");
    }

    public static long count(Path dataDir, String sql) {
        return Long.parseLong(query(dataDir, sql));
    }

    /** Whether the terminal holds a device token yet (it enrolled). */
    public static boolean enrolled(Path dataDir) {
        if (!dataDir.resolve("terminal.db").toFile().exists()) {
            return false;
        }
        try {
            return count(dataDir, "SELECT COUNT(*) FROM terminal_state WHERE device_token IS NOT NULL") == 1;
        } catch (IllegalStateException e) {
            return false; // not migrated yet
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public static String text(Path dataDir, String sql) {
        return query(dataDir, sql);
    }

    private static String query(Path dataDir, String sql) {
        String url = "jdbc:sqlite:" + dataDir.resolve("terminal.db").toAbsolutePath() + "?busy_timeout=10000";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
