package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.MenuItemId;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.CedarPosLaf;
import cedarpos.terminal.ui.MainWindow;
import java.awt.EventQueue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The till never freezes: no repaint of its window waits more than 60 ms on the till's own code running on the
 * event dispatch thread, while the server is unreachable (the sync worker retrying, the cashier writing) and while
 * it pulls a catch-up of 10,000 entries another terminal queued offline. Real server, real terminals, the real
 * window under Xvfb. The repaint waits themselves are logged (on a quiet machine max under 100 ms); a paint late
 * while the dispatch thread was idle or in Swing is the machine being busy, which a test must not fail on.
 */
class TerminalResponsivenessIT extends DemoServerPerClass {
    private static final Logger LOG = Logger.getLogger(TerminalResponsivenessIT.class.getName());
    private static final int ENTRIES = 10_000;
    private static final double LIMIT_MS = 100;

    @Test
    void theTillsCodeNeverHoldsARepaintOfflineOrDuringA10000EntryCatchUp() throws Exception {
        // the other till queues 10,000 orders while it cannot reach the server
        TerminalCore writer = fleet.start("Writer");
        Fleet.awaitOnline(writer);
        List<MenuItemId> dishes = Fleet.plainDishes(writer);
        fleet.stop(writer);
        try (TerminalStore store = TerminalStore.open(fleet.dataDir("Writer"))) {
            for (int i = 0; i < ENTRIES; i++) {
                store.orders().place(null, List.of(new NewLine(dishes.get(i % dishes.size()), 1)));
            }
        }

        Linked till = fleet.startLinked("Till");
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicReference<RepaintProbe> probe = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            CedarPosLaf.setup();
            window.set(MainWindow.open(till.terminal().store(), till.terminal().sync(), Locale.ENGLISH,
                    Threads.swing()));
            probe.set(RepaintProbe.install(window.get()));
        });
        // the window's first build (menu, floor plan, fonts and look-and-feel warming up) is not what is measured
        Await.until(Duration.ofSeconds(30), "the window built", () -> window.get().isShowing()
                && !till.terminal().store().cashier().menu().isEmpty());
        Thread.sleep(2_000);
        try (RepaintProbe p = probe.get()) {
            // offline: the worker keeps knocking on a dead link while the cashier goes on selling
            till.offline();
            p.reset();
            long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            List<MenuItemId> menu = Fleet.plainDishes(till.terminal());
            for (int i = 0; System.nanoTime() < until; i++) {
                till.terminal().store().orders().place(null, List.of(new NewLine(menu.get(i % menu.size()), 1)));
                Thread.sleep(100);
            }
            RepaintProbe.Stats offline = p.stats();
            List<String> offlineStalls = p.stallsInTillCode();
            LOG.info("repaint while the server is unreachable: " + offline);

            // back online, then the catch-up: 10,000 orders pushed by the other till reach this one
            till.online();
            p.reset();
            TerminalCore back = fleet.start("Writer");
            Await.until(Duration.ofMinutes(5), "the till has the other till's 10,000 orders",
                    () -> TerminalFiles.count(fleet.dataDir("Till"), "SELECT COUNT(*) FROM customer_order")
                            >= ENTRIES);
            RepaintProbe.Stats catchUp = p.stats();
            List<String> catchUpStalls = p.stallsInTillCode();
            LOG.info("repaint during a catch-up of " + ENTRIES + " entries: " + catchUp);
            assertThat(back.store().pendingCount()).isZero();

            assertThat(offline.samples()).as("the probe ran").isGreaterThan(100);
            assertThat(catchUp.samples()).isGreaterThan(100);
            LOG.info("longest repaint wait offline " + offline.maxMs() + " ms, during the catch-up "
                    + catchUp.maxMs() + " ms (quiet machine: under " + LIMIT_MS + " ms)");
            assertThat(offlineStalls).as("late repaints offline with the till's code on the EDT; " + offline)
                    .isEmpty();
            assertThat(catchUpStalls).as("late repaints during the catch-up with the till's code on the EDT; "
                    + catchUp).isEmpty();
        } finally {
            EventQueue.invokeAndWait(() -> window.get().dispose());
        }
    }
}
