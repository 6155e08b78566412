package cedarpos.terminal.sync;

import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.OrderJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker over a real WebSocket against a scripted v1 server. */
class SyncWorkerIT {
    @TempDir
    Path dir;
    TerminalStore store;
    SyncWorker worker;
    ScriptedSyncServer server;
    int port;
    final List<SyncStatus> statuses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = TerminalStore.open(dir);
        store.initIdentity(BRANCH, "Counter 1");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        worker = new SyncWorker(store, URI.create("ws://127.0.0.1:" + port + "/sync"));
        worker.addListener(statuses::add);
    }

    @AfterEach
    void tearDown() {
        worker.close();
        store.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void drainsABacklogInBatchesAndReceivesTheCatalog() throws Exception {
        store.applyCatalog(LebaneseCatalog.catalog());
        for (int i = 0; i < 250; i++) {
            store.placeOrder(null, List.of(new NewLine(HUMMUS, 1)));
        }
        server = new ScriptedSyncServer(port, LebaneseCatalog.catalog(3), "epoch-a");
        worker.start();
        await(() -> store.pendingCount() == 0, 15_000, "outbox drained");
        assertThat(server.applied).extracting(OutboxEntry::seq).hasSize(250).doesNotHaveDuplicates()
                .startsWith(1L).endsWith(250L);
        assertThat(store.state().catalogVersion()).isEqualTo(3);
        assertThat(store.state().serverEpoch()).isEqualTo("epoch-a");
        await(() -> store.state().cursor() == 250, 5_000, "own orders came back as branch changes");
        assertThat(worker.status().online()).isTrue();
        assertThat(worker.status().lastSyncAtMs()).isPresent();
    }

    @Test
    void offlineWritesReachTheServerWithinASecondOfItComingBack() throws Exception {
        store.applyCatalog(LebaneseCatalog.catalog());
        worker.start();
        store.placeOrder(null, List.of(new NewLine(HUMMUS, 2)));
        await(() -> !statuses.isEmpty() && statuses.get(statuses.size() - 1).pendingCount() == 1, 5_000,
                "status shows the pending order");
        Thread.sleep(2_500); // several failed attempts, so the backoff is at its cap
        SyncStatus offline = worker.status();
        assertThat(offline.online()).isFalse();
        assertThat(offline.lastError()).contains("connect failed");

        server = new ScriptedSyncServer(port, LebaneseCatalog.catalog(), "epoch-b");
        long up = System.currentTimeMillis();
        await(() -> server.applied.size() == 1, 5_000, "offline order pushed");
        long drainedAfter = System.currentTimeMillis() - up;
        assertThat(drainedAfter).as("ms from server start to the entry arriving").isLessThan(1_800);
        await(() -> store.pendingCount() == 0, 3_000, "acked");

        long before = System.currentTimeMillis();
        store.placeOrder(null, List.of(new NewLine(HUMMUS, 1)));
        await(() -> server.applied.size() == 2, 3_000, "online order pushed");
        assertThat(System.currentTimeMillis() - before).as("push delay while online").isLessThan(500);

        server.close();
        server = null;
        await(() -> !worker.status().online(), 5_000, "offline after the server stopped");
    }

    @Test
    void liveChangesFromOtherTerminalsAreApplied() throws Exception {
        server = new ScriptedSyncServer(port, LebaneseCatalog.catalog(), "epoch-c");
        worker.start();
        await(() -> worker.status().online(), 5_000, "online");
        OrderSnapshot other = new OrderSnapshot(OrderId.random(), BRANCH, LebaneseCatalog.T1, TerminalId.random(),
                OrderStatus.SENT, Currency.USD, 5, List.of(new OrderLine(OrderLineId.random(), HUMMUS, "Hummus", 4,
                Money.of(550, Currency.USD))));
        server.broadcast(new ChangeRecord(1, "order", other.id().toString(), other.openedBy(), 6,
                OrderJson.encode(other)));
        await(() -> store.order(other.id()).isPresent(), 3_000, "broadcast order stored");
        assertThat(store.state().cursor()).isEqualTo(1);
    }

    private static void await(BooleanSupplier condition, long timeoutMs, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
