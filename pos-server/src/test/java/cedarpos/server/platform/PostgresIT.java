package cedarpos.server.platform;

import static cedarpos.server.testing.DemoBranch.ID;
import static cedarpos.server.testing.DemoBranch.entry;
import static cedarpos.server.testing.DemoBranch.hello;
import static cedarpos.server.testing.DemoBranch.order;
import static cedarpos.server.testing.DemoBranch.push;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.NewOrder;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Fields;
import cedarpos.protocol.v1.PrintingJson;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
    private static ServerApi admin;

    @BeforeAll
    static void start() throws IOException {
        work = ItServers.workDir("PostgresIT");
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        startPostgres();
        server = PayaraServer.fromSystemProperties().workDir(work.resolve("payara")).demo(true)
                .adminPassword(ItServers.ADMIN_PASSWORD).database("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "postgres").build()
                .start();
        api = new ServerApi(server.httpUrl()).asAdmin();
        admin = ItServers.admin(server);
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
        Enrolled terminal = admin.enrollNew(ID, "till");
        TerminalId t = terminal.terminalId();
        NewOrder o = order(t, 3);
        try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
            c.send(hello(t, 0, 0));
            c.next(Welcome.class);
            assertThat(c.next(Catalog.class).menu()).hasSize(DemoBranch.MENU_ITEMS);
            c.send(push(entry(1, o)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
            assertThat(c.next(Changes.class).records()).hasSize(1);
            c.send(push(entry(1, o)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(1);
        }
        server.restart();
        assertThat(api.orders(ID)).hasSize(1);
        assertThat(api.order(ID, o.id().toString()).getJsonArray("lines")).hasSize(3);
        try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
            c.send(hello(t, 1, 1));
            Welcome w = c.next(Welcome.class);
            assertThat(w.lastAppliedSeq()).isEqualTo(1);
            assertThat(w.branchHead()).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void aTerminalOfOneBranchCannotSayHelloAsAnother() {
        BranchId other = admin.createBranch("Cedar Grill - Jounieh", "LBP");
        Enrolled ofHamra = admin.enrollNew(ID, "Hamra till");
        try (SyncClient c = SyncClient.connect(server.wsUrl(), ofHamra.token())) {
            c.send(hello(ofHamra.terminalId(), other, 0, 0));
            c.expectError(ErrorCode.BRANCH_MISMATCH);
            assertThat(c.awaitClose(Duration.ofSeconds(5)).getCloseCode().getCode()).isEqualTo(1008);
        }
        Enrolled ofJounieh = admin.enrollNew(other, "Jounieh till");
        assertThat(ofJounieh.branchName()).isEqualTo("Cedar Grill - Jounieh");
        try (SyncClient c = SyncClient.connect(server.wsUrl(), ofJounieh.token())) {
            c.send(ofJounieh.hello(0, 0));
            assertThat(c.next(Welcome.class).branchHead()).isZero();
            assertThat(c.next(Catalog.class).branchName()).isEqualTo("Cedar Grill - Jounieh");
        }
    }

    @Test
    @Order(3)
    void refusedEnrollmentsChangeNothingInTheDatabase() throws SQLException {
        BranchId other = admin.createBranch("Cedar Grill - Tyre", "USD");
        Enrolled ofHamra = admin.enrollNew(ID, "Hamra till");
        String expiring = admin.createEnrollmentCode(ID, 1);
        // a code past its expiry, without waiting a minute: the clock of the row is moved, not the server's
        assertThat(sql("UPDATE enrollment_code SET expires_at_ms = " + (System.currentTimeMillis() - 1)
                + " WHERE code_hash = '" + sha256(expiring.replace("-", "")) + "'")).isEqualTo(1);
        String otherBranchCode = admin.createEnrollmentCode(other, 5);
        long audits = count("SELECT COUNT(*) FROM audit_event");
        long terminals = count("SELECT COUNT(*) FROM terminal");
        long unused = count("SELECT COUNT(*) FROM enrollment_code WHERE used_at IS NULL");
        String tokenHash = string("SELECT token_hash FROM terminal WHERE id = '" + ofHamra.terminalId() + "'");

        expectRefused(410, "ENROLLMENT_CODE_EXPIRED", enrollBody(expiring, TerminalId.random(), "Late"));
        expectRefused(409, "TERMINAL_ENROLLED_ELSEWHERE", enrollBody(otherBranchCode, ofHamra.terminalId(), "Moved"));
        expectRefused(404, "ENROLLMENT_CODE_UNKNOWN", enrollBody("2222-3333-4444", TerminalId.random(), "Guess"));
        expectRefused(400, "INVALID_FIELD", enrollBody(otherBranchCode, TerminalId.random(), " "));

        assertThat(count("SELECT COUNT(*) FROM audit_event")).isEqualTo(audits);
        assertThat(count("SELECT COUNT(*) FROM terminal")).isEqualTo(terminals);
        assertThat(count("SELECT COUNT(*) FROM enrollment_code WHERE used_at IS NULL")).isEqualTo(unused);
        assertThat(string("SELECT token_hash FROM terminal WHERE id = '" + ofHamra.terminalId() + "'"))
                .isEqualTo(tokenHash).isEqualTo(sha256(ofHamra.token()));
        assertThat(count("SELECT COUNT(*) FROM enrollment_code WHERE code_hash = '" + sha256(expiring) + "'"))
                .as("codes are stored only as hashes of their normalised form").isZero();

        // the code the 409 refused is still good for a terminal that belongs there; that is audited
        admin.enroll(otherBranchCode, TerminalId.random(), "Tyre till");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'TERMINAL_ENROLLED'"
                + " AND branch_id = '" + other + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE password_hash LIKE 'pbkdf2-sha256$210000$%'"))
                .isEqualTo(1);
    }

    private static String enrollBody(String code, TerminalId terminal, String name) {
        return jakarta.json.Json.createObjectBuilder().add("code", code).add("terminalId", terminal.toString())
                .add("terminalName", name).build().toString();
    }

    private static void expectRefused(int status, String code, String body) {
        var r = api.post("/api/enrollments", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(ServerApi.json(r).getString("code")).isEqualTo(code);
    }

    private static int sql(String update) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(update);
        }
    }

    private static long count(String query) throws SQLException {
        return Long.parseLong(string(query));
    }

    private static String string(String query) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(4)
    void readinessFollowsTheDatabaseAndTheServerRecoversWhenItReturns() throws IOException {
        postgres.close();
        awaitDeployedButDown(Duration.ofSeconds(30));
        assertThat(new ServerApi(server.httpUrl()).get("/health/ready").body()).contains("DOWN");
        // no password can be checked without the database: a manager is told so, not that the password is wrong
        HttpResponse<String> signIn = api.get("/api/branches/" + ID + "/orders");
        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(signIn.body()).contains("DATABASE_UNAVAILABLE");

        // the same server process finds the database again (dead pooled connections are replaced)
        startPostgres();
        server.awaitReady(Duration.ofSeconds(60));
        Enrolled terminal = admin.enrollNew(ID, "till");
        TerminalId t = terminal.terminalId();
        try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
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
        try (SyncClient c = SyncClient.connect(server.wsUrl(), terminal.token())) {
            c.send(hello(t, 1, 0));
            c.expectError(ErrorCode.SERVER_UNAVAILABLE);
            assertThat(c.isOpen()).isTrue();
        }

        startPostgres();
        server.awaitReady(Duration.ofSeconds(60));
        assertThat(api.orders(ID)).hasSize(2);
    }

    @Test
    @Order(5)
    void stockClaimsAreDecidedInArrivalOrderAndConsumedOnPostgres() throws Exception {
        cedarpos.domain.StockItemId tray = admin.createStockItem(ID, "Kibbeh trays on PostgreSQL", "portion");
        ServerApi.expect(200, "recipe", admin.setRecipe(ID, DemoBranch.KIBBEH_NAYYEH_DISH, tray, 1));
        admin.adjust(ID, tray, "DELIVERY", 1);
        Enrolled a = admin.enrollNew(ID, "till A");
        Enrolled b = admin.enrollNew(ID, "till B");
        long now = System.currentTimeMillis();
        NewOrder first = DemoBranch.order(a.terminalId(), DemoBranch.dish(DemoBranch.KIBBEH_NAYYEH_DISH, "Kibbeh", 1));
        NewOrder second = DemoBranch.order(b.terminalId(), DemoBranch.dish(DemoBranch.KIBBEH_NAYYEH_DISH, "Kibbeh", 1));
        cedarpos.protocol.v1.OutboxEntry opened = DemoBranch.open(1, first, now);
        try (SyncClient ca = SyncClient.connect(server.wsUrl(), a.token());
             SyncClient cb = SyncClient.connect(server.wsUrl(), b.token())) {
            long head = admin.changeHead(ID);
            ca.send(a.hello(0, head));
            ca.next(Welcome.class);
            ca.next(Catalog.class);
            cb.send(b.hello(0, head));
            cb.next(Welcome.class);
            cb.next(Catalog.class);
            ca.send(push(opened));
            ca.next(Ack.class);
            assertThat(status(ca.next(Changes.class))).isEqualTo("CONFIRMED");
            cb.next(Changes.class);
            cb.send(push(DemoBranch.open(1, second, now)));
            cb.next(Ack.class);
            assertThat(status(cb.next(Changes.class))).isEqualTo("DENIED");
            ca.next(Changes.class);
            ca.send(push(DemoBranch.settle(a.terminalId(), 2, now + 1, DemoBranch.state(opened.payload()))));
            ca.next(Ack.class);
            assertThat(status(ca.next(Changes.class))).isEqualTo("CONSUMED");
        }
        jakarta.json.JsonObject stock = admin.stockItem(ID, tray);
        assertThat(stock.getJsonNumber("level").longValue()).isZero();
        assertThat(stock.getJsonNumber("held").longValue()).isZero();
        assertThat(admin.soldOut(ID).getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(d -> d.getString("menuItemId").equals(DemoBranch.KIBBEH_NAYYEH_DISH.toString()));
        assertThat(admin.reservations(ID, "denied").getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(r -> r.getString("orderId").equals(second.id().toString()));
    }

    @Test
    @Order(6)
    void thePrintingSetupIsReplacedWholeAndReadBackOnPostgres() throws Exception {
        String path = "/api/branches/" + ID + "/printing";
        String demo = ServerApi.expect(200, "GET printing", admin.get(path)).toString();
        PrintingSetup setup = PrintingJson.decodeSetup(Fields.of(ServerApi.json(admin.get(path))));
        assertThat(setup.stations()).hasSize(4);
        Enrolled till = admin.enrollNew(ID, "receipts till");
        // the dessert station and its printer go, the bar takes desserts and kibbeh, the till prints on the bar's
        PrintingSetup changed = new PrintingSetup(setup.printers().subList(0, 3), setup.stations().subList(0, 3),
                java.util.Map.of("Desserts", "bar", "Grills", "grill"), java.util.Map.of(DemoBranch.KIBBEH_NAYYEH_DISH,
                "bar"), "grill", java.util.Map.of(till.terminalId(), "bar-1"));
        String body = PrintingJson.encode(changed).build().toString();
        assertThat(ServerApi.expect(200, "PUT printing", admin.put(path, body)).getJsonNumber("catalogVersion"))
                .isNotNull();
        assertThat(PrintingJson.decodeSetup(Fields.of(ServerApi.json(admin.get(path))))).isEqualTo(changed);
        assertThat(count("SELECT COUNT(*) FROM printer WHERE branch_id = '" + ID + "'")).isEqualTo(3);
        assertThat(string("SELECT printer_code FROM receipt_printer WHERE terminal_id = '" + till.terminalId() + "'"))
                .isEqualTo("bar-1");
        ServerApi.expect(200, "PUT printing back", admin.put(path, demo));
        assertThat(ServerApi.expect(200, "GET printing", admin.get(path)).toString()).isEqualTo(demo);
        assertThat(count("SELECT COUNT(*) FROM receipt_printer")).isZero();
    }

    private static String status(Changes c) throws cedarpos.protocol.v1.ProtocolException {
        return cedarpos.protocol.v1.StockJson.decodeReservation(c.records().stream()
                .filter(r -> r.entity().equals("reservation")).findFirst().orElseThrow().payload()).status().name();
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
