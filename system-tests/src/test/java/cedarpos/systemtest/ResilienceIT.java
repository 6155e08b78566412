package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.merge.MergedOrder;
import cedarpos.systemtest.net.FaultyProxy;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.TerminalStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The failure model with real terminals and the real server: links cut and
 * restored at random, a server restarted under connected terminals, a terminal
 * that was away while the others kept selling. Nothing lost, nothing doubled,
 * everyone converges.
 */
class ResilienceIT extends DemoServerPerClass {
    private static final Logger LOG = Logger.getLogger(ResilienceIT.class.getName());
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @Test
    void linksCutAndRestoredAtRandomLoseNothingAndDoubleNothing() throws IOException {
        long seed = Long.getLong("cedarpos.seed", System.nanoTime());
        LOG.info("network fault seed=" + seed + " (rerun with -Dcedarpos.seed=" + seed + ")");
        Random random = new Random(seed);
        List<FaultyProxy> proxies = new ArrayList<>();
        List<TerminalCore> terminals = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        try {
            for (int i = 0; i < 3; i++) {
                FaultyProxy proxy = new FaultyProxy(server.port());
                proxies.add(proxy);
                TerminalCore t = fleet.start("Flaky " + i, URI.create("ws://127.0.0.1:" + proxy.port() + "/sync"));
                Fleet.awaitOnline(t);
                terminals.add(t);
            }
            for (int cycle = 0; cycle < 6; cycle++) {
                for (int i = 0; i < proxies.size(); i++) {
                    int fault = random.nextInt(4);
                    FaultyProxy p = proxies.get(i);
                    if (fault == 0) {
                        p.cutAll();
                    } else if (fault == 1) {
                        p.down();
                    } else if (fault == 2) {
                        p.delay(random.nextInt(150));
                    } else {
                        p.up();
                        p.delay(0);
                    }
                }
                for (TerminalCore t : terminals) {
                    for (int n = random.nextInt(4); n > 0; n--) {
                        placed.add(Fleet.placeOrder(t, 1 + random.nextInt(3)).id().toString());
                    }
                }
                sleep(200 + random.nextInt(800));
            }
            proxies.forEach(p -> {
                p.up();
                p.delay(0);
            });
            awaitConvergence(terminals, placed);
            // the faults really bit: terminals had to reconnect through their proxies
            long connections = proxies.stream().mapToLong(FaultyProxy::connectionsAccepted).sum();
            assertThat(connections).as("connections accepted by the proxies").isGreaterThan(proxies.size());
        } finally {
            proxies.forEach(FaultyProxy::close);
        }
    }

    @Test
    void terminalsReconnectAndResumeOnTheirOwnAfterAServerRestart() {
        List<TerminalCore> terminals = List.of(fleet.start("Hall 1"), fleet.start("Hall 2"), fleet.start("Bar"));
        terminals.forEach(Fleet::awaitOnline);
        Set<String> placed = new HashSet<>();
        placed.add(Fleet.placeOrder(terminals.get(0), 1).id().toString());

        server.restart();

        for (TerminalCore t : terminals) {
            Await.until(Fleet.CONNECT, t.config().terminalName() + " back online", () -> t.sync().status().online());
            placed.add(Fleet.placeOrder(t, 2).id().toString());
        }
        awaitConvergence(terminals, placed);
    }

    @Test
    void aTerminalThatWasAwayPullsEverythingAndKeepsItsOwnOfflineSales() {
        TerminalCore a = fleet.start("Counter A");
        TerminalCore away = fleet.start("Terrace");
        Fleet.awaitOnline(a);
        Fleet.awaitOnline(away);
        Path awayDir = fleet.dataDir("Terrace");
        fleet.stop(away);

        Set<String> placed = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            placed.add(Fleet.placeOrder(a, 1 + i % 3).id().toString());
        }
        // the terrace terminal sells with no server: its own store, its own file
        List<MergedOrder> offline = new ArrayList<>();
        try (TerminalStore store = TerminalStore.open(awayDir)) {
            for (int i = 0; i < 3; i++) {
                offline.add(store.orders().place(store.floor().tables().get(1).id(), List.of(
                        new cedarpos.terminal.store.NewLine(store.cashier().menu().get(i).id(), 2))));
            }
        }
        offline.forEach(o -> placed.add(o.id().toString()));

        TerminalCore back = fleet.start("Terrace");
        awaitConvergence(List.of(a, back), placed);
        for (MergedOrder mine : offline) {
            assertThat(back.store().orders().find(mine.id())).contains(mine);
        }
    }

    /** Every terminal and the server hold exactly the same orders, and every order placed is there once. */
    private void awaitConvergence(List<TerminalCore> terminals, Set<String> placed) {
        for (TerminalCore t : terminals) {
            Await.until(SETTLE, t.config().terminalName() + " drained", () -> t.store().pendingCount() == 0,
                    () -> "pending=" + t.store().pendingCount() + " status=" + t.sync().status());
        }
        Await.until(SETTLE, "server holds every order placed", () -> fleet.serverOrderIds().containsAll(placed));
        List<String> onServer = fleet.serverOrderIds();
        assertThat(new HashSet<>(onServer)).as("no order twice on the server").hasSize(onServer.size());
        for (TerminalCore t : terminals) {
            Await.until(SETTLE, t.config().terminalName() + " converged with the server",
                    () -> new HashSet<>(Fleet.ids(t.store().orders().all())).equals(new HashSet<>(
                            fleet.serverOrderIds())),
                    () -> "terminal has " + t.store().orders().all().size() + ", server " + fleet.serverOrderIds()
                            .size());
        }
        assertThat(fleet.api().changeHead(BRANCH)).as("one change-log row per order").isEqualTo(onServer.size());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
