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
        assertThat(Migrations.migrateTerminal(ds).migrationsExecuted).isEqualTo(11);
        assertThat(Migrations.migrateTerminal(ds).migrationsExecuted).isZero();
        for (String table : List.of("menu_item", "dining_table", "customer_order", "order_line")) {
            assertThat(columns(ds, table)).as(table).contains("sync_status", "local_version");
        }
        assertThat(columns(ds, "outbox")).contains("entry_id", "terminal_id", "seq", "entity", "record_id",
                "operation", "payload", "event_time_ms", "created_at_ms", "synced_at_ms", "rejected_code",
                "rejected_message", "rejected_at_ms");
        assertThat(columns(ds, "terminal_state")).contains("device_token", "server_offset_ms", "server_uri");
        assertThat(columns(ds, "till_preference")).containsExactly("id", "language", "updated_at_ms");
        assertThat(columns(ds, "customer_order")).contains("state_json", "status", "payment", "discount_json",
                "discount_minor", "guests", "total_minor", "conflict_count");
        assertThat(columns(ds, "order_line")).contains("note", "voided", "void_reason", "void_by", "sent", "flags");
        assertThat(columns(ds, "dining_table")).contains("status", "status_json");
        assertThat(columns(ds, "stock_adjustment")).containsExactly("id", "stock_item_id", "reason", "delta", "note",
                "stamp");
        assertThat(columns(ds, "kitchen_notice")).containsExactly("id", "kind", "order_id", "line_id", "ref", "text",
                "created_at", "printed_at");
        assertThat(columns(ds, "print_job")).contains("id", "kind", "station", "printer", "rerouted_from",
                "order_number", "ticket_json", "status", "attempts", "last_error", "possible_duplicate", "reprint_of",
                "cause", "created_at", "printed_at", "printed_on");
        assertThat(columns(ds, "printing_setup")).containsExactly("id", "version", "json");
        assertThat(columns(ds, "stock_item")).contains("level", "held", "version", "updated_at_ms");
        assertThat(columns(ds, "reservation")).contains("line_id", "order_id", "want", "status", "pending",
                "portions_json", "decision_json", "version");
        assertThat(columns(ds, "stock_alert")).contains("line_id", "version", "dish", "portions", "acknowledged_at");
        assertThat(columns(ds, "cashier_catalog")).containsExactly("id", "version", "json");
        assertThat(columns(ds, "shift")).contains("id", "terminal_id", "open_seq", "float_usd", "float_lbp",
                "close_seq", "counted_usd", "counted_lbp", "report_json", "sync_status", "local_version");
        assertThat(columns(ds, "drawer_movement")).contains("id", "shift_id", "kind", "amount_minor", "currency",
                "reason", "by_name", "approved_by", "seq", "sync_status", "local_version");
    }

    @Test
    void anUpgradeFromVersion3KeepsEveryKitchenNoticeAndAdjustment() throws SQLException {
        SQLiteDataSource ds = dataSource();
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations(Migrations.TERMINAL).target("3").load()
                .migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO kitchen_notice (kind, order_id, line_id, text, created_at, printed_at)"
                    + " VALUES ('VOID', 'o', 'l1', 'VOID: 1 x Hummus', 5, NULL)");
            s.execute("INSERT INTO stock_adjustment VALUES ('a1', 'i', 'DELIVERY', 40, 'truck', '0:x:1')");
        }
        // V4 stock, V5 the cashier's catalog, V6 shifts, V7 staff languages, V8 the print queue, V9 rejected entries,
        // V10 the server's address, V11 the till's language
        assertThat(Migrations.migrateTerminal(ds).migrationsExecuted).isEqualTo(8);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT kind, line_id, ref, text, printed_at FROM kitchen_notice")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("VOID");
                assertThat(rs.getString(3)).isEmpty();
                assertThat(rs.getString(4)).isEqualTo("VOID: 1 x Hummus");
                assertThat(rs.getObject(5)).isNull();
            }
            try (ResultSet rs = s.executeQuery("SELECT SUM(delta) FROM stock_adjustment WHERE stock_item_id = 'i'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(40);
            }
            // a notice with a new id goes after the old ones: the printer keeps the order
            s.execute("INSERT INTO kitchen_notice (kind, order_id, line_id, ref, text, created_at)"
                    + " VALUES ('DO_NOT_PREPARE', 'o', 'l1', '2', 'DO NOT PREPARE', 6)");
            try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM kitchen_notice")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
        }
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
            // another ref is another notice: a line denied twice owes the kitchen two
            assertThat(s.executeUpdate("INSERT OR IGNORE INTO kitchen_notice (kind, order_id, line_id, ref, text,"
                    + " created_at) VALUES ('VOID', 'o', 'l1', '2', 'again', 1)")).isEqualTo(1);
            assertThatThrownBy(() -> s.execute("INSERT INTO stock_adjustment VALUES ('a', 'i', 'THEFT', 1, NULL,"
                    + " '0:x:1')")).isInstanceOf(SQLException.class);
            s.execute("INSERT INTO stock_adjustment VALUES ('b', 'i', 'SALE', -2, 'order 1', '0:x:2')");
            assertThatThrownBy(() -> s.execute("INSERT INTO reservation (line_id, order_id, menu_item_id, want, status,"
                    + " portions_json, updated_at_ms) VALUES ('l', 'o', 'm', 1, 'MAYBE', '[]', 0)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void outboxSequenceIsUniqueAndPositive() throws SQLException {
        SQLiteDataSource ds = dataSource();
        Migrations.migrateTerminal(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO outbox VALUES ('e1','t',1,'order','r','place','{}',0,0,NULL,NULL,NULL,NULL)");
            assertThatThrownBy(() -> s.execute("INSERT INTO outbox VALUES ('e2','t',1,'order','r','place','{}',0,0,NULL,NULL,NULL,NULL)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("INSERT INTO outbox VALUES ('e3','t',0,'order','r','place','{}',0,0,NULL,NULL,NULL,NULL)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aTerminalHasOneOpenShiftAndAPayOutNamesItsManager() throws SQLException {
        SQLiteDataSource ds = dataSource();
        Migrations.migrateTerminal(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shift (id, terminal_id, opened_by, opened_at_ms, open_seq, float_usd, float_lbp,"
                    + " sync_status, local_version) VALUES ('s1', 't', 'Karim', 0, 1, 10000, 0, 'pending', 1)");
            assertThatThrownBy(() -> s.execute("INSERT INTO shift (id, terminal_id, opened_by, opened_at_ms,"
                    + " open_seq, float_usd, float_lbp, sync_status, local_version)"
                    + " VALUES ('s2', 't', 'Maya', 0, 2, 0, 0, 'pending', 1)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("UPDATE shift SET close_seq = 3 WHERE id = 's1'"))
                    .as("closed is all or nothing").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("INSERT INTO drawer_movement (id, shift_id, kind, amount_minor,"
                    + " currency, reason, by_name, at_ms, seq, sync_status, local_version)"
                    + " VALUES ('m1', 's1', 'PAY_OUT', 500, 'USD', 'ice', 'Karim', 0, 2, 'pending', 1)"))
                    .isInstanceOf(SQLException.class);
            s.execute("INSERT INTO drawer_movement (id, shift_id, kind, amount_minor, currency, reason, by_name,"
                    + " at_ms, seq, sync_status, local_version)"
                    + " VALUES ('m2', 's1', 'PAY_IN', 500, 'USD', 'safe', 'Karim', 0, 2, 'pending', 1)");
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
