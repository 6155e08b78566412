package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The same journeys with the server on a real PostgreSQL server, selected by
 * CEDARPOS_DB_URL alone: same WAR, no rebuild.
 */
class OrderTravelsPostgresIT extends OrderTravelsContract {
    private static EmbeddedPostgres postgres;
    private String database;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    @Override
    void startServerAndTwoTerminals() {
        database = "cedarpos_" + Long.toHexString(System.nanoTime());
        createDatabase(database);
        super.startServerAndTwoTerminals();
    }

    @AfterEach
    void theRowsAreReallyInPostgres() {
        // read behind the server's back: what the REST API reported is what PostgreSQL holds
        if (server == null) {
            return;
        }
        long viaApi = api.orders(BRANCH).size();
        assertThat(count("SELECT COUNT(*) FROM customer_order")).isEqualTo(viaApi);
    }

    @Override
    protected PayaraServer.Builder server(Path work) {
        return PayaraServer.fromSystemProperties().workDir(work).dataDir(work.resolve("data")).demo(true)
                .adminPassword(ItServers.ADMIN_PASSWORD)
                .database(postgres.getJdbcUrl("postgres", database), "postgres", "postgres");
    }

    private long count(String query) {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void createDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
