package cedarpos.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The same checks against every database the server claims to run on. */
abstract class ServerSchemaContract {

    protected abstract DataSource dataSource();

    @Test
    void migratesTheSchemaAndDemoDataOnceAndIsIdempotent() throws SQLException {
        MigrateResult first = Migrations.migrateServer(dataSource(), true);
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isEqualTo(13);

        MigrateResult again = Migrations.migrateServer(dataSource(), true);
        assertThat(again.migrationsExecuted).isZero();

        assertThat(count("SELECT COUNT(*) FROM branch")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM dining_table")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM menu_item")).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM menu_item WHERE name_ar = 'حمص'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM stock_item")).isEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT menu_item_id) FROM recipe_portion")).isEqualTo(5);
        // every balance equals its ledger, however often the demo script ran
        assertThat(count("SELECT COUNT(*) FROM stock_item s WHERE s.level <> (SELECT COALESCE(SUM(a.delta), 0)"
                + " FROM stock_adjustment a WHERE a.stock_item_id = s.id)")).isZero();
        assertThat(count("SELECT level FROM stock_item WHERE id = 'd0000000-0000-4000-8000-000000000004'"))
                .isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM dining_table WHERE status = 'AVAILABLE' AND status_stamp IS NULL"))
                .isEqualTo(11);
        assertThat(count("SELECT lbp_per_usd FROM branch")).isEqualTo(89_500);
        assertThat(count("SELECT vat_bp FROM branch WHERE vat_included = TRUE")).isEqualTo(1100);
        assertThat(count("SELECT COUNT(*) FROM branch WHERE rate_set_at_ms > 1600000000000")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM modifier_group")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM modifier_option")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM menu_item_modifier_group")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM staff_member WHERE active = TRUE AND pin_hash LIKE 'pbkdf2-sha256$%'"))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM printer WHERE host = '127.0.0.1' AND port BETWEEN 9100 AND 9103"))
                .isEqualTo(4);
        assertThat(count("SELECT port FROM printer WHERE paper = 'MM58'")).isEqualTo(9102);
        assertThat(count("SELECT COUNT(*) FROM kitchen_station")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM kitchen_station WHERE code = 'cold-mezze' AND name_ar = 'المازة الباردة'"))
                .isEqualTo(1);
        assertThat(count("SELECT fallback_after_seconds FROM kitchen_station WHERE code = 'grill'"
                + " AND printer_code = 'grill-1' AND fallback_printer_code = 'cold-mezze-1'")).isEqualTo(60);
        assertThat(count("SELECT COUNT(*) FROM kitchen_station WHERE fallback_printer_code IS NULL")).isEqualTo(3);
        // every category of the demo menu has its station
        assertThat(count("SELECT COUNT(DISTINCT m.category) FROM menu_item m JOIN station_category_route r"
                + " ON r.branch_id = m.branch_id AND r.category = m.category")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM station_category_route WHERE category = 'Manakish'"
                + " AND station_code = 'grill'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM branch WHERE default_station = 'grill'")).isEqualTo(1);
        // every category of the demo menu and every area of its floor has its Arabic name
        assertThat(count("SELECT COUNT(DISTINCT m.category) FROM menu_item m JOIN menu_category_name n"
                + " ON n.branch_id = m.branch_id AND n.category = m.category")).isEqualTo(5);
        assertThat(count("SELECT COUNT(DISTINCT t.area) FROM dining_table t JOIN table_area_name n"
                + " ON n.branch_id = t.branch_id AND n.area = t.area")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM table_area_name WHERE area = 'Hall' AND name_ar = 'الصالة'"))
                .isEqualTo(1);
    }

    @Test
    void arabicNamesAreOnePerKeyNeverBlankAndAManagersSurviveARerun() throws SQLException {
        Migrations.migrateServer(dataSource(), true);
        String branch = "b0000000-0000-4000-8000-000000000001";
        assertThatThrownBy(() -> exec("INSERT INTO menu_category_name VALUES ('" + branch + "', 'Mezze', 'مقبلات')"))
                .as("the same category twice").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO table_area_name VALUES ('" + branch + "', 'Garden', ' ')"))
                .as("blank name").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO table_area_name VALUES ('no-such-branch', 'Garden', 'الحديقة')"))
                .as("unknown branch").isInstanceOf(SQLException.class);
        exec("UPDATE menu_category_name SET name_ar = 'مقبلات' WHERE category = 'Mezze'");
        exec("DELETE FROM table_area_name WHERE area = 'Bar'");
        exec("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IS NULL");
        assertThat(Migrations.migrateServer(dataSource(), true).migrationsExecuted).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM menu_category_name WHERE name_ar = 'مقبلات'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM table_area_name")).isEqualTo(2);
    }

    @Test
    void printingConstraintsKeepEveryReferenceInsideTheBranchAndAManagersSetupSurvivesARerun() throws SQLException {
        Migrations.migrateServer(dataSource(), true);
        String branch = "b0000000-0000-4000-8000-000000000001";
        exec("INSERT INTO branch (id, name, currency) VALUES ('b2', 'Verdun', 'USD')");
        exec("INSERT INTO printer VALUES ('b2', 'p1', 'Verdun grill', '10.0.0.5', 9100, 'MM80', 1)");
        String station = "INSERT INTO kitchen_station (branch_id, code, name_en, name_ar, printer_code,"
                + " fallback_printer_code, fallback_after_seconds, sort_order) VALUES ";
        assertThatThrownBy(() -> exec(station + "('b2', 's1', 'Grill', 'مشاوي', 'grill-1', NULL, 60, 1)"))
                .as("another branch's printer").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec(station + "('b2', 's1', 'Grill', 'مشاوي', 'p1', 'p1', 60, 1)"))
                .as("falls back to itself").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec(station + "('b2', 's1', 'Grill', 'مشاوي', 'p1', NULL, 0, 1)"))
                .as("no delay").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec(station + "('b2', 's1', ' ', 'مشاوي', 'p1', NULL, 60, 1)"))
                .as("blank name").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO printer VALUES ('b2', 'p2', 'Bar', '10.0.0.6', 65536, 'MM80', 2)"))
                .as("port").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO printer VALUES ('b2', 'p2', 'Bar', '10.0.0.6', 9100, 'MM76', 2)"))
                .as("paper").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO printer VALUES ('b2', 'p1', 'Again', '10.0.0.6', 9100, 'MM80', 2)"))
                .as("the same code twice").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO printer VALUES ('b2', 'Bar 1', 'Bar', '10.0.0.6', 9100, 'MM80', 2)"))
                .as("code form").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO station_category_route VALUES ('b2', 'Grills', 'grill')"))
                .as("another branch's station").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO station_item_route VALUES ('a0000000-0000-4000-8000-000000000007',"
                + " 'b2', 'grill')")).as("another branch's station").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE branch SET default_station = 'grill' WHERE id = 'b2'"))
                .as("another branch's default station").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("DELETE FROM kitchen_station WHERE code = 'grill'"))
                .as("the demo's default and routed station").isInstanceOf(SQLException.class);
        exec("INSERT INTO terminal (id, branch_id, name, first_seen_at, last_seen_at) VALUES ('t1', 'b2', 'Till',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertThatThrownBy(() -> exec("INSERT INTO receipt_printer VALUES ('t1', 'b2', 'bar-1')"))
                .as("another branch's printer").isInstanceOf(SQLException.class);
        exec("INSERT INTO receipt_printer VALUES ('t1', 'b2', 'p1')");
        assertThatThrownBy(() -> exec("INSERT INTO receipt_printer VALUES ('t1', 'b2', 'p1')"))
                .as("one receipt printer per terminal").isInstanceOf(SQLException.class);

        // a manager's setup: the bar prints desserts too; a re-run of the demo script leaves it as it is
        exec("UPDATE station_category_route SET station_code = 'bar' WHERE branch_id = '" + branch
                + "' AND category = 'Desserts'");
        exec("DELETE FROM kitchen_station WHERE code = 'dessert'");
        exec("DELETE FROM printer WHERE code = 'dessert-1'");
        exec("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IS NULL");
        assertThat(Migrations.migrateServer(dataSource(), true).migrationsExecuted).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM printer WHERE branch_id = '" + branch + "'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM kitchen_station WHERE branch_id = '" + branch + "'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM station_category_route WHERE station_code = 'bar'")).isEqualTo(2);
    }

    @Test
    void aManagersRateAndVatSurviveARerunOfTheDemoScript() throws SQLException {
        Migrations.migrateServer(dataSource(), true);
        exec("UPDATE branch SET lbp_per_usd = 90000, rate_set_at_ms = 5, vat_bp = 0");
        exec("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IS NULL"); // the demo script runs again
        assertThat(Migrations.migrateServer(dataSource(), true).migrationsExecuted).isEqualTo(1);
        assertThat(count("SELECT lbp_per_usd FROM branch")).isEqualTo(90_000);
        assertThat(count("SELECT vat_bp + rate_set_at_ms FROM branch")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM staff_member")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM modifier_option")).isEqualTo(8);
    }

    @Test
    void cashierConstraintsRefuseImpossibleRows() throws SQLException {
        Migrations.migrateServer(dataSource(), true);
        String branch = "b0000000-0000-4000-8000-000000000001";
        String group = "f0000000-0000-4000-8000-000000000001";
        assertThatThrownBy(() -> exec("UPDATE branch SET lbp_per_usd = 0")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE branch SET lbp_per_usd = 100000001")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE branch SET vat_bp = 5001")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE branch SET vat_bp = -1")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE branch SET vat_included = NULL")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO modifier_group (id, branch_id, name_en, name_ar, min_choices,"
                + " max_choices) VALUES ('g1', '" + branch + "', 'Sides', 'Sides', 2, 1)"))
                .as("min above max").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO modifier_group (id, branch_id, name_en, name_ar, min_choices,"
                + " max_choices) VALUES ('g2', '" + branch + "', 'Sides', 'Sides', 0, 0)"))
                .as("nothing to choose").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO modifier_group (id, branch_id, name_en, name_ar, min_choices,"
                + " max_choices) VALUES ('g3', '" + branch + "', ' ', 'Sides', 0, 1)"))
                .as("blank name").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor)"
                + " VALUES ('o1', '" + group + "', 'Rare', 'Rare', -1)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO modifier_option (id, group_id, name_en, name_ar, price_minor)"
                + " VALUES ('o2', 'no-such-group', 'Rare', 'Rare', 0)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO menu_item_modifier_group VALUES"
                + " ('a0000000-0000-4000-8000-000000000009', '" + group + "')"))
                .as("the same link twice").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO menu_item_modifier_group VALUES ('no-such-item', '" + group
                + "')")).isInstanceOf(SQLException.class);
        String hash = "'pbkdf2-sha256$20000$c2FsdHNhbHQ=$aGFzaA=='";
        assertThatThrownBy(() -> exec("INSERT INTO staff_member (id, branch_id, name, role, pin_hash, created_at)"
                + " VALUES ('s1', '" + branch + "', 'Ali', 'CHEF', " + hash + ", CURRENT_TIMESTAMP)"))
                .as("unknown role").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO staff_member (id, branch_id, name, role, pin_hash, created_at)"
                + " VALUES ('s2', '" + branch + "', 'Ali', 'WAITER', '1234', CURRENT_TIMESTAMP)"))
                .as("a PIN in clear").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO staff_member (id, branch_id, name, role, pin_hash, created_at)"
                + " VALUES ('s3', '" + branch + "', '  ', 'WAITER', " + hash + ", CURRENT_TIMESTAMP)"))
                .as("blank name").isInstanceOf(SQLException.class);
        exec("INSERT INTO staff_member (id, branch_id, name, role, pin_hash, created_at) VALUES ('s4', '" + branch
                + "', 'Ali', 'WAITER', " + hash + ", CURRENT_TIMESTAMP)");
        assertThat(count("SELECT COUNT(*) FROM staff_member WHERE id = 's4' AND active = TRUE")).isEqualTo(1);
    }

    @Test
    void mergeStateConflictsAndStockHaveTheirTables() throws SQLException {
        Migrations.migrateServer(dataSource(), true);
        String branch = "b0000000-0000-4000-8000-000000000001";
        String item = "d0000000-0000-4000-8000-000000000001";
        // an order whose opening has not arrived yet: state only, header unknown
        exec("INSERT INTO customer_order (id, branch_id, currency, total_minor, state_json) VALUES ('o1', '"
                + branch + "', 'USD', 0, '{\"id\":\"o1\"}')");
        exec("INSERT INTO order_line (id, order_id, line_no, menu_item_id, name, quantity, unit_price_minor, voided,"
                + " void_reason, void_by, sent, flags) VALUES ('l1', 'o1', 1, 'm', 'Hummus', 1, 450, TRUE, 'spilt',"
                + " 'rana', TRUE, 'VOID_AFTER_SEND')");
        exec("INSERT INTO order_conflict (id, branch_id, order_id, conflict_key, kind, line_id, field, versions_json,"
                + " detected_at, status) VALUES ('c1', '" + branch + "', 'o1', 'o1/l1/CONCURRENT_EDIT/quantity',"
                + " 'CONCURRENT_EDIT', 'l1', 'quantity', '[]', CURRENT_TIMESTAMP, 'OPEN')");
        assertThat(count("SELECT COUNT(*) FROM order_conflict WHERE branch_id = '" + branch
                + "' AND conflict_key = 'o1/l1/CONCURRENT_EDIT/quantity' AND status = 'OPEN'")).isEqualTo(1);
        assertThatThrownBy(() -> exec("UPDATE order_conflict SET status = 'MAYBE' WHERE id = 'c1'"))
                .isInstanceOf(SQLException.class);

        exec("INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, stamp, origin, created_at)"
                + " VALUES ('s1', '" + branch + "', '" + item + "', 'DELIVERY', 40, '1:x:1', 'x', CURRENT_TIMESTAMP)");
        exec("INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, stamp, origin, created_at)"
                + " VALUES ('s2', '" + branch + "', '" + item + "', 'WASTE', -3, '2:x:2', 'x', CURRENT_TIMESTAMP)");
        assertThat(count("SELECT SUM(delta) FROM stock_adjustment WHERE stock_item_id = '" + item + "'"))
                .as("the demo's 40 opening skewers, 40 delivered, 3 wasted").isEqualTo(77);
        exec("INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta, stamp, origin, created_at)"
                + " VALUES ('s4', '" + branch + "', '" + item + "', 'SALE', -2, '4:x:4', 'x', CURRENT_TIMESTAMP)");
        exec("INSERT INTO reservation (line_id, branch_id, order_id, menu_item_id, dish, ordered_by, portions_json,"
                + " requested, confirmed, consumed, status, version, decided_at_ms) VALUES ('l1', '" + branch
                + "', 'o1', 'm', 'Kafta', 't', '[]', 2, 1, 0, 'DENIED', 1, 0)");
        assertThatThrownBy(() -> exec("INSERT INTO reservation (line_id, branch_id, order_id, menu_item_id, dish,"
                + " ordered_by, portions_json, requested, confirmed, consumed, status, version, decided_at_ms) VALUES"
                + " ('l2', '" + branch + "', 'o1', 'm', 'Kafta', 't', '[]', 2, 1, 3, 'CONSUMED', 1, 0)"))
                .as("consumed above confirmed").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE stock_item SET held = -1 WHERE id = '" + item + "'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO recipe_portion VALUES ('a0000000-0000-4000-8000-000000000001', '"
                + item + "', 0)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO stock_adjustment (id, branch_id, stock_item_id, reason, delta,"
                + " stamp, origin, created_at) VALUES ('s3', '" + branch + "', 'no-such-item', 'COUNT', 1, '3:x:3',"
                + " 'x', CURRENT_TIMESTAMP)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("UPDATE dining_table SET status = 'ON_FIRE'")).isInstanceOf(SQLException.class);
    }

    @Test
    void withoutDemoDataTheSchemaIsEmptyAndALaterPlainRunStillValidates() throws SQLException {
        Migrations.migrateServer(dataSource(), false);
        assertThat(count("SELECT COUNT(*) FROM branch")).isZero();
        Migrations.migrateServer(dataSource(), true);
        assertThat(count("SELECT COUNT(*) FROM branch")).isEqualTo(1);
        assertThat(Migrations.migrateServer(dataSource(), false).success).isTrue();
    }

    @Test
    void constraintsRefuseImpossibleRows() throws SQLException {
        Migrations.migrateServer(dataSource(), true);
        String branch = "b0000000-0000-4000-8000-000000000001";
        assertThatThrownBy(() -> exec("INSERT INTO menu_item (id, branch_id, category, name_en, name_ar, price_minor)"
                + " VALUES ('x1', '" + branch + "', 'Mezze', 'Bad', 'Bad', -1)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO branch (id, name, currency) VALUES ('x2', 'Bad', 'EUR')"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> exec("INSERT INTO customer_order (id, branch_id, opened_by, status, currency,"
                + " opened_at_ms, total_minor) VALUES ('o1', '" + branch + "', 't', 'EATEN', 'USD', 0, 0)"))
                .isInstanceOf(SQLException.class);
        assertThat(count("SELECT COUNT(*) FROM menu_item")).isEqualTo(21);
    }

    protected long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    protected void exec(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
