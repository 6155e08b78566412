package cedarpos.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class TerminalSchemaSqliteTest {
    @TempDir
    Path dir;

    @Test
    void everySyncedTableCarriesSyncStatusAndLocalVersion() throws SQLException {
        SQLiteDataSource ds = dataSource();
        assertThat(Migrations.migrateTerminal(ds).migrationsExecuted).isEqualTo(3);
        assertThat(Migrations.migrateTerminal(ds).migrationsExecuted).isZero();
        for (String table : List.of("menu_item", "dining_table", "customer_order", "order_line")) {
            assertThat(columns(ds, table)).as(table).contains("sync_status", "local_version");
        }
        assertThat(columns(ds, "outbox")).contains("entry_id", "terminal_id", "seq", "entity", "record_id",
                "operation", "payload", "event_time_ms", "created_at_ms", "synced_at_ms");
        assertThat(columns(ds, "terminal_state")).contains("device_token", "server_offset_ms");
        assertThat(columns(ds, "customer_order")).contains("state_json", "status", "payment", "discount_json",
                "discount_minor", "guests", "total_minor", "conflict_count");
        assertThat(columns(ds, "order_line")).contains("note", "voided", "void_reason", "void_by", "sent", "flags");
        assertThat(columns(ds, "dining_table")).contains("status", "status_json");
        assertThat(columns(ds, "stock_adjustment")).containsExactly("id", "stock_item_id", "reason", "delta", "note",
                "stamp");
        assertThat(columns(ds, "kitchen_notice")).containsExactly("id", "kind", "order_id", "line_id", "text",
                "created_at", "printed_at");
    }

    @Test
    void aTableStartsAvailableAndAKitchenNoticeIsQueuedOncePerKindAndLine() throws SQLException {
        SQLiteDataSource ds = dataSource();
        Migrations.migrateTerminal(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dining_table (id, label, area, seats) VALUES ('t1', 'T1', 'Hall', 4)");
            try (ResultSet rs = s.executeQuery("SELECT status, status_json FROM dining_table")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("AVAILABLE");
                assertThat(rs.getString(2)).isNull();
            }
            s.execute("INSERT INTO kitchen_notice (kind, order_id, line_id, text, created_at)"
                    + " VALUES ('VOID', 'o', 'l1', 'VOID: 1 x Hummus', 0)");
            assertThat(s.executeUpdate("INSERT OR IGNORE INTO kitchen_notice (kind, order_id, line_id, text,"
                    + " created_at) VALUES ('VOID', 'o', 'l1', 'again', 1)")).isZero();
            assertThatThrownBy(() -> s.execute("INSERT INTO stock_adjustment VALUES ('a', 'i', 'THEFT', 1, NULL,"
                    + " '0:x:1')")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void outboxSequenceIsUniqueAndPositive() throws SQLException {
        SQLiteDataSource ds = dataSource();
        Migrations.migrateTerminal(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO outbox VALUES ('e1','t',1,'order','r','place','{}',0,0,NULL)");
            assertThatThrownBy(() -> s.execute("INSERT INTO outbox VALUES ('e2','t',1,'order','r','place','{}',0,0,NULL)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("INSERT INTO outbox VALUES ('e3','t',0,'order','r','place','{}',0,0,NULL)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private SQLiteDataSource dataSource() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("terminal.db").toAbsolutePath());
        return ds;
    }

    private static List<String> columns(SQLiteDataSource ds, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }
}
