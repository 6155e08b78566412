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
        assertThat(first.migrationsExecuted).isEqualTo(3);

        MigrateResult again = Migrations.migrateServer(dataSource(), true);
        assertThat(again.migrationsExecuted).isZero();

        assertThat(count("SELECT COUNT(*) FROM branch")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM dining_table")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM menu_item")).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM menu_item WHERE name_ar = 'حمص'")).isEqualTo(1);
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
        assertThat(count("SELECT COUNT(*) FROM menu_item")).isEqualTo(20);
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
