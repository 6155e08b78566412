package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crashes at the worst moments: the server dies after committing a push but
 * before acking it, and a terminal process is SIGKILLed in the middle of
 * draining its outbox. Every sale ends on the server exactly once.
 */
class CrashRecoveryIT {
    private static final BranchId BRANCH = DemoBranch.ID;

    @Test
    void aPushResentAfterTheServerDiedBetweenCommitAndAckIsAppliedOnce() {
        Path work = ItServers.workDir("halt-after-commit");
        PayaraServer fragile = ItServers.demoOnH2(work).fault("halt-after-commit").build().start();
        PayaraServer healthy = null;
        try (Fleet fleet = new Fleet(fragile, work.resolve("terminals"), BRANCH)) {
            TerminalCore a = fleet.start("Counter 1");
            Fleet.awaitOnline(a);
            MergedOrder order = Fleet.placeOrder(a, 2);
            Await.until(Duration.ofSeconds(20), "the server to halt after its commit", () -> !fragile.isRunning());
            assertThat(a.store().pendingCount()).as("no ack came: the entry is still pending").isEqualTo(1);

            healthy = ItServers.demoOnH2(work).workDir(work.resolve("second")).port(fragile.port()).build().start();
            PayaraServer restarted = healthy;
            Await.until(Fleet.CONNECT, "terminal drained after the restart", () -> a.store().pendingCount() == 0);
            assertThat(fleet.serverOrderIds()).containsExactly(order.id().toString());
            assertThat(fleet.api().changeHead(BRANCH)).isEqualTo(1);
            assertThat(fleet.api().order(BRANCH, order.id().toString()).getJsonArray("lines")).hasSize(2);
            assertThat(restarted.isRunning()).isTrue();
        } finally {
            fragile.close();
            if (healthy != null) {
                healthy.close();
            }
        }
    }

    @Test
    void aTerminalKilledMidDrainEndsWithEveryOrderOnTheServerExactlyOnce() {
        Path work = ItServers.workDir("sigkill-terminal");
        try (PayaraServer server = ItServers.demoOnH2(work).build().start()) {
            Fleet fleet = new Fleet(server, work, BRANCH);
            Path dir = work.resolve("kitchen-terminal");
            TerminalProcess first = TerminalProcess.start(dir, server.wsUrl(), "Kitchen", fleet.enrollmentCode());
            Await.until(Fleet.CONNECT, "terminal process enrolled with the catalog",
                    () -> TerminalFiles.enrolled(dir) && TerminalFiles.count(dir, "SELECT COUNT(*) FROM menu_item") > 0,
                    first::logTail);
            first.kill();

            int total = 3000;
            try (TerminalStore store = TerminalStore.open(dir)) {
                // dishes stock does not track: each order is then exactly one change-log row, which the head counts
                var tracked = store.stock().dishes().keySet();
                // and none that asks a required choice (doneness): a scripted order makes none
                var dishes = store.cashier().menu().stream().filter(m -> !tracked.contains(m.id()) && store.cashier()
                        .modifiersFor(m.id()).stream().noneMatch(g -> g.required())).toList();
                for (int i = 0; i < total; i++) {
                    store.orders().place(null, List.of(new NewLine(dishes.get(i % dishes.size()).id(), 1 + i % 3)));
                }
            }

            int killedMidDrain = 0;
            for (int attempt = 0; attempt < 5 && killedMidDrain < 2; attempt++) {
                long before = fleet.api().changeHead(BRANCH);
                if (before >= total) {
                    break; // drained before a kill could land; what is left to prove is below
                }
                TerminalProcess p = TerminalProcess.start(dir, server.wsUrl(), "Kitchen", null);
                Await.until(Fleet.CONNECT, "the drain to start", () -> fleet.api().changeHead(BRANCH) > before,
                        p::logTail);
                p.kill();
                if (fleet.api().changeHead(BRANCH) < total) {
                    killedMidDrain++;
                }
                assertThat(TerminalFiles.integrityCheck(dir)).isEqualTo("ok");
            }
            assertThat(killedMidDrain).as("kills that landed in the middle of a drain").isPositive();

            try (TerminalProcess last = TerminalProcess.start(dir, server.wsUrl(), "Kitchen", null)) {
                Await.until(Duration.ofSeconds(60), "outbox drained",
                        () -> TerminalFiles.count(dir, "SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL") == 0,
                        last::logTail);
            }
            List<String> onServer = fleet.serverOrderIds();
            assertThat(onServer).hasSize(total);
            assertThat(new HashSet<>(onServer)).hasSize(total);
            assertThat(fleet.api().changeHead(BRANCH)).isEqualTo(total);
            assertThat(TerminalFiles.integrityCheck(dir)).isEqualTo("ok");
        }
    }
}
