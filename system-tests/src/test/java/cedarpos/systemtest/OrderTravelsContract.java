package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.domain.TerminalId;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.SyncClient;
import cedarpos.terminal.app.TerminalCore;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One order travelling terminal -> server -> terminal, with the real server WAR
 * on Payara Micro and two real terminals (own SQLite files, own WebSockets).
 * Subclasses choose the server's database.
 */
abstract class OrderTravelsContract {
    static final BranchId BRANCH = DemoBranch.ID;
    static final Duration TWO_SECONDS = Duration.ofSeconds(2);
    static final Duration CONNECT = Duration.ofSeconds(30);

    Path work;
    PayaraServer server;
    ServerApi api;
    Fleet fleet;
    TerminalCore a;
    TerminalCore b;

    /** The demo server on this test's database, not started. */
    protected abstract PayaraServer.Builder server(Path work);

    @BeforeEach
    void startServerAndTwoTerminals() {
        work = ItServers.workDir(getClass().getSimpleName());
        server = server(work).build().start();
        fleet = new Fleet(server, work, BRANCH);
        api = fleet.api();
        a = fleet.start("Counter 1");
        b = fleet.start("Counter 2");
        awaitOnline(a);
        awaitOnline(b);
    }

    @AfterEach
    void stopEverything() {
        for (AutoCloseable c : new AutoCloseable[] {fleet, server}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest; the test result already says what failed
            }
        }
    }

    @Test
    void anOrderPlacedOnOneTerminalIsOnTheServerAndTheOtherTerminalWithinTwoSeconds() {
        MergedOrder order = placeOrder(a, 2);

        Await.until(TWO_SECONDS, "order on the server", () -> api.order(BRANCH, order.id().toString()) != null);
        Await.until(TWO_SECONDS, "order on terminal B", () -> b.store().orders().find(order.id()).isPresent());

        JsonObject onServer = api.order(BRANCH, order.id().toString());
        assertThat(onServer.getJsonNumber("totalMinor").longValue()).isEqualTo(order.total().minor());
        assertThat(onServer.getJsonArray("lines")).hasSize(2);
        assertThat(b.store().orders().find(order.id()).orElseThrow()).isEqualTo(order);
        Await.until(TWO_SECONDS, "terminal A's outbox drained", () -> a.store().pendingCount() == 0);
    }

    @Test
    void ordersPlacedWhileTheServerIsDownArriveExactlyOnceAfterItComesBack() {
        MergedOrder before = placeOrder(a, 1);
        Await.until(TWO_SECONDS, "first order synced", () -> a.store().pendingCount() == 0);

        server.stop();
        Await.until(Duration.ofSeconds(10), "terminal A sees it is offline", () -> !a.sync().status().online());
        List<MergedOrder> offline = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            offline.add(placeOrder(a, 1 + i % 3));
        }
        assertThat(a.store().pendingCount()).isEqualTo(5);
        Await.until(TWO_SECONDS, "terminal A's sync status shows the 5 pending orders",
                () -> a.sync().status().pendingCount() == 5, () -> "status=" + a.sync().status());

        server.start();
        Await.until(CONNECT, "terminal A drained its outbox", () -> a.store().pendingCount() == 0,
                () -> "pending=" + a.store().pendingCount());
        Set<String> expected = new java.util.HashSet<>(ids(offline));
        expected.add(before.id().toString());
        Await.until(CONNECT, "terminal B has every order", () -> ids(b.store().orders().all()).containsAll(expected),
                () -> "B has " + ids(b.store().orders().all()));

        // the order from before the restart survived it; nothing arrived twice
        assertThat(ids(b.store().orders().all())).containsExactlyInAnyOrderElementsOf(expected);
        List<String> onServer = api.orders(BRANCH).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).collect(Collectors.toList());
        assertThat(onServer).containsExactlyInAnyOrderElementsOf(expected);
        for (MergedOrder o : offline) {
            assertThat(api.order(BRANCH, o.id().toString()).getJsonArray("lines")).hasSize(o.lines().size());
        }
        assertThat(api.changeHead(BRANCH)).isEqualTo(expected.size());
    }

    @Test
    void aMalformedFrameGetsItsErrorCodeChangesNothingAndOtherTerminalsKeepSyncing() {
        long headBefore = api.changeHead(BRANCH);
        Enrolled rogueTerminal = api.enroll(fleet.enrollmentCode(), TerminalId.random(), "Rogue");
        try (SyncClient rogue = SyncClient.connect(server.wsUrl(), rogueTerminal.token())) {
            rogue.sendRaw("{\"type\":\"push\",\"entries\":[{\"seq\":\"one\"");
            assertThat(rogue.expectError(ErrorCode.MALFORMED_JSON).message()).isNotBlank();
            rogue.sendRaw("{\"type\":\"teleport\"}");
            rogue.expectError(ErrorCode.UNKNOWN_TYPE);
        }
        assertThat(api.changeHead(BRANCH)).isEqualTo(headBefore);
        assertThat(api.orders(BRANCH)).isEmpty();

        MergedOrder order = placeOrder(a, 1);
        Await.until(TWO_SECONDS, "order on terminal B after the bad frames",
                () -> b.store().orders().find(order.id()).isPresent());
    }

    static void awaitOnline(TerminalCore t) {
        Fleet.awaitOnline(t);
    }

    static MergedOrder placeOrder(TerminalCore t, int lines) {
        return Fleet.placeOrder(t, lines);
    }

    static List<String> ids(List<MergedOrder> orders) {
        return Fleet.ids(orders);
    }
}
