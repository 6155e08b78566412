package cedarpos.terminal.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void everyConnectionRunsWalWithFullSyncAndABusyTimeout() throws SQLException {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("data"))) {
            assertThat(db.file()).isEqualTo(dir.resolve("data").resolve("terminal.db").toAbsolutePath());
            for (SqlSession s : new SqlSession[] {db.read(), db.write()}) {
                try (s) {
                    Connection c = s.getConnection();
                    assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
                    assertThat(pragma(c, "synchronous")).isEqualTo("2"); // FULL
                    assertThat(pragma(c, "busy_timeout")).isEqualTo(String.valueOf(SqliteDatabase.BUSY_TIMEOUT_MS));
                    assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
                }
            }
        }
    }

    @Test
    void openMigratesTheTerminalSchemaOnceAndReopensCleanly() throws SQLException {
        try (SqliteDatabase db = SqliteDatabase.open(dir)) {
            try (SqlSession s = db.read(); Statement st = s.getConnection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
                rs.next();
                // V1 schema, V2 device token and server offset, V3 mergeable orders, V4 stock, V5 cashier catalog,
                // V6 shifts, V7 staff languages, V8 the print queue, V9 rejected outbox entries, V10 the server's
                // address, V11 the till's language
                assertThat(rs.getInt(1)).isEqualTo(11);
            }
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir); SqlSession s = db.read()) {
            assertThat(s.getMapper(StateMapper.class).find()).isNull();
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
