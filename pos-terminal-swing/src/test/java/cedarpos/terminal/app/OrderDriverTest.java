package cedarpos.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.OrderId;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderDriverTest {
    @TempDir
    Path dir;

    @Test
    void waitsForTheFirstCatalogThenLogsOnlyOrdersTheStoreHolds() throws Exception {
        Path log = dir.resolve("saved.log");
        try (TerminalStore store = TerminalStore.open(dir.resolve("t"))) {
            StoreFixture.enroll(store);
            OrderDriver driver = OrderDriver.start(store, 200, 7, log);
            try {
                assertThat(driver.placed()).as("no catalog yet: nothing to order from").isZero();
                store.syncLog().applyCatalog(LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.KITCHEN));
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (lines(log).size() < 30) {
                    assertThat(System.nanoTime()).as("30 orders driven within 30 s").isLessThan(deadline);
                    Thread.sleep(20);
                }
            } finally {
                driver.close();
            }
            List<String> saved = lines(log);
            assertThat(new HashSet<>(saved)).as("each order logged once").hasSize(saved.size());
            for (String id : saved) {
                assertThat(store.orders().find(OrderId.parse(id))).as("order " + id + " in the store").isPresent();
            }
            assertThat(store.pendingCount()).as("every order went through the outbox").isGreaterThanOrEqualTo(
                    saved.size());
            assertThat(store.orders().all().stream().anyMatch(o -> o.tableId() != null)).as("table checks too")
                    .isTrue();
        }
    }

    @Test
    void aRateThatIsNotPositiveIsRefusedBeforeAnythingIsOpened() {
        try (TerminalStore store = TerminalStore.open(dir.resolve("t"))) {
            assertThatThrownBy(() -> OrderDriver.start(store, 0, 1, dir.resolve("x.log")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
            assertThat(Files.exists(dir.resolve("x.log"))).isFalse();
        }
    }

    private static List<String> lines(Path log) throws Exception {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
