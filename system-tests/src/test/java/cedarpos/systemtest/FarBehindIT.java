package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.BranchId;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's first finding as a test: a real terminal process that saved orders while offline, and meanwhile the
 * rest of the branch produced 6,000 changes of large orders (whole records far above one frame's worth at a
 * thousand a page). When it comes back it must catch up page by page and then upload its own outbox.
 */
class FarBehindIT {
    private static final BranchId BRANCH = DemoBranch.ID;
    /** Records of 1 to 5 KB: a page (262,144 characters) holds well under a thousand, so this is dozens of pages. */
    private static final int CHANGES = 6_000;
    private static final int OFFLINE_ORDERS = 40;
    /** A long kitchen note on every line: what makes these orders large. */
    private static final String NOTE = "allergy: no nuts, no sesame; sauce on the side; well done; extra lemon; "
            + "bring with the mezze; guest at seat 3 is vegetarian";

    @Test
    void aTerminalThousandsOfChangesBehindCatchesUpAndThenUploadsItsOwnOutbox() {
        Path work = ItServers.workDir("far-behind");
        // thousands of large changes through the server: long enough for C2 to pay, so the production JIT
        try (PayaraServer server = ItServers.demoOnH2(work).steadyState().build().start();
             Fleet fleet = new Fleet(server, work, BRANCH)) {
            Path dir = work.resolve("laggard");
            try (TerminalProcess first = TerminalProcess.start(dir, server.wsUrl(), "Laggard",
                    fleet.enrollmentCode())) {
                Await.until(Fleet.CONNECT, "laggard enrolled with the catalog", () -> TerminalFiles.enrolled(dir)
                        && TerminalFiles.count(dir, "SELECT COUNT(*) FROM menu_item") > 0, first::logTail);
            }
            List<String> offline = new ArrayList<>();
            try (TerminalStore store = TerminalStore.open(dir)) {
                List<MenuItemId> dishes = plain(store);
                for (int i = 0; i < OFFLINE_ORDERS; i++) {
                    offline.add(store.orders().place(null, lines(dishes, i, 12)).id().toString());
                }
            }

            TerminalCore writer = fleet.start("Writer");
            Fleet.awaitOnline(writer);
            List<MenuItemId> dishes = plain(writer.store());
            // an order opened with 3 lines then grown by 4 more rounds: 5 changes, each carrying the whole order
            int orders = CHANGES / 5;
            for (int i = 0; i < orders; i++) {
                MergedOrder o = writer.store().orders().place(null, lines(dishes, i, 3));
                for (int round = 1; round < 5; round++) {
                    writer.store().orders().addLines(o.id(), lines(dishes, i + round, 3));
                }
            }
            Await.until(Duration.ofMinutes(10), "the writer's " + CHANGES + " changes on the server",
                    () -> writer.store().pendingCount() == 0 && fleet.api().changeHead(BRANCH) >= CHANGES);
            fleet.stop(writer);

            long head = fleet.api().changeHead(BRANCH);
            long behind = head - TerminalFiles.count(dir, "SELECT change_cursor FROM terminal_state");
            System.out.println("far-behind: the laggard reconnects " + behind + " changes behind");
            assertThat(behind).isGreaterThanOrEqualTo(CHANGES);

            try (TerminalProcess back = TerminalProcess.start(dir, server.wsUrl(), "Laggard", null)) {
                Duration took = Await.until(Duration.ofMinutes(10), "laggard caught up and its outbox uploaded",
                        () -> TerminalFiles.count(dir, "SELECT COUNT(*) FROM outbox WHERE synced_at_ms IS NULL") == 0
                                && TerminalFiles.count(dir, "SELECT change_cursor FROM terminal_state")
                                >= fleet.api().changeHead(BRANCH), back::logTail);
                System.out.println("far-behind: caught up and uploaded in " + took.toMillis() + " ms");
            }
            assertThat(fleet.api().changeHead(BRANCH)).isEqualTo(head + OFFLINE_ORDERS);
            assertThat(fleet.serverOrderIds()).containsAll(offline).hasSize(orders + OFFLINE_ORDERS);
            assertThat(TerminalFiles.count(dir, "SELECT COUNT(*) FROM customer_order"))
                    .isEqualTo(orders + OFFLINE_ORDERS);
            assertThat(TerminalFiles.integrityCheck(dir)).isEqualTo("ok");
        }
    }

    private static List<MenuItemId> plain(TerminalStore store) {
        var tracked = store.stock().dishes().keySet();
        return store.cashier().menu().stream().map(m -> m.id()).filter(id -> !tracked.contains(id)
                && store.cashier().modifiersFor(id).stream().noneMatch(g -> g.required())).toList();
    }

    private static List<NewLine> lines(List<MenuItemId> dishes, int salt, int count) {
        List<NewLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new NewLine(dishes.get((salt + i) % dishes.size()), 1 + i % 3, NOTE));
        }
        return lines;
    }
}
