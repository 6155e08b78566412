package cedarpos.server.platform;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.hello;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.SyncClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The same WAR on a real PostgreSQL, selected only by CEDARPOS_DB_URL. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresIT {
    private static Path work;
    private static int pgPort;
    private static EmbeddedPostgres postgres;
    private static PayaraServer server;
    private static ServerApi api;

    @BeforeAll
    static void start() throws IOException {
        work = ItServers.workDir("PostgresIT");
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        startPostgres();
        server = PayaraServer.fromSystemProperties().workDir(work.resolve("payara")).demo(true)
                .database("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "postgres").build()
                .start();
        api = new ServerApi(server.httpUrl());
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
    }

    @Test
    @Order(1)
    void pushIsAckedStoredAndSurvivesARestart() {
        assertThat(api.get("/health/ready").body()).contains("PostgreSQL");
        TerminalId t = TerminalId.random();
        OrderSnapshot o = order(t, 3);
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(t, 0, 0));
            c.next(Welcome.class);
            assertThat(c.next(Catalog.class).menu()).hasSize(20);
            c.send(push(entry(1, o)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            assertThat(c.next(Changes.class).records()).hasSize(1);
            c.send(push(entry(1, o)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        }
        server.restart();
        assertThat(api.orders(ID)).hasSize(1);
        assertThat(api.order(ID, o.id().toString()).getJsonArray("lines")).hasSize(3);
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(t, 1, 1));
            Welcome w = c.next(Welcome.class);
            assertThat(w.lastAppliedSeq()).isEqualTo(1);
            assertThat(w.branchHead()).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void aTerminalOfOneBranchCannotSayHelloAsAnother() throws SQLException {
        BranchId other = BranchId.parse("b0000000-0000-4000-8000-000000000002");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO branch (id, name, currency) VALUES ('" + other + "', 'Cedar Grill - Jounieh', 'LBP')");
        }
        TerminalId t = TerminalId.random();
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(t, 0, 0));
            c.next(Welcome.class);
        }
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(t, other, 0, 0));
            c.expectError(ErrorCode.BRANCH_MISMATCH);
            assertThat(c.awaitClose(Duration.ofSeconds(5)).getCloseCode().getCode()).isEqualTo(1008);
        }
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(TerminalId.random(), other, 0, 0));
            assertThat(c.next(Welcome.class).branchHead()).isZero();
            assertThat(c.next(Catalog.class).branchName()).isEqualTo("Cedar Grill - Jounieh");
        }
    }

    @Test
    @Order(3)
    void readinessFollowsTheDatabaseAndTheServerRecoversWhenItReturns() throws IOException {
        postgres.close();
        awaitDeployedButDown(Duration.ofSeconds(30));
        assertThat(api.get("/health/ready").body()).contains("DOWN");

        // the same server process finds the database again (dead pooled connections are replaced)
        startPostgres();
        server.awaitReady(Duration.ofSeconds(60));
        TerminalId t = TerminalId.random();
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(t, 0, 0));
            c.next(Welcome.class);
            c.next(Catalog.class);
            c.send(push(entry(1, order(t, 1))));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        }

        // a server started while its database is down deploys, says DOWN, and migrates once it is back
        postgres.close();
        server.stop();
        server.launch();
        awaitDeployedButDown(Duration.ofSeconds(120));
        assertThat(api.get("/api/branches/" + ID + "/orders").statusCode()).isEqualTo(503);
        try (SyncClient c = SyncClient.connect(server.wsUrl())) {
            c.send(hello(TerminalId.random(), 0, 0));
            c.expectError(ErrorCode.INTERNAL_ERROR);
            assertThat(c.isOpen()).isTrue();
        }

        startPostgres();
        server.awaitReady(Duration.ofSeconds(60));
        assertThat(api.orders(ID)).hasSize(2);
    }

    private static void awaitDeployedButDown(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -2;
        while (System.nanoTime() < deadline) {
            if (server.isDeployedButNotReady()) {
                return;
            }
            last = server.readinessStatus();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("readiness never reported the database DOWN (last status " + last + "); log tail:\n"
                + server.logTail(40));
    }
}
