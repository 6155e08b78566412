package cedarpos.terminal.store;

import static cedarpos.terminal.store.StoreFixture.OUTBOX_COLUMNS;

import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal upgraded with orders from before V3, one of them still unsent. */
class LegacyOrdersTest {
    @TempDir
    Path dir;

    @Test
    void oldOrdersBecomeMergeableAndAnUnsentPlaceEntryIsRewrittenIntoItsOpenDelta() throws Exception {
        TerminalId me;
        TerminalId other = TerminalId.random();
        OrderId unsent = OrderId.random();
        OrderId paid = OrderId.random();
        try (TerminalStore store = TerminalStore.open(dir)) {
            me = StoreFixture.enroll(store).terminalId();
            store.syncLog().applyCatalog(LebaneseCatalog.catalog());
            StoreFixture.execute(store, "INSERT INTO customer_order (id, branch_id, table_id, opened_by, status,"
                    + " currency, opened_at_ms, total_minor, sync_status, local_version) VALUES ('" + unsent + "', '"
                    + BRANCH + "', '" + T1 + "', '" + me + "', 'SENT', 'USD', 5000, 1100, 'pending', 1)");
            StoreFixture.execute(store, "INSERT INTO order_line (id, order_id, line_no, menu_item_id, name, quantity,"
                    + " unit_price_minor, sync_status, local_version) VALUES ('0a000000-0000-4000-8000-000000000001', '"
                    + unsent + "', 1, '" + HUMMUS + "', 'Hummus', 2, 550, 'pending', 1)");
            StoreFixture.execute(store, "INSERT INTO outbox " + OUTBOX_COLUMNS + " VALUES ('" + java.util.UUID.randomUUID() + "', '" + me
                    + "', 1, 'order', '" + unsent + "', 'place', '{}', 5000, 5000, NULL)");
            StoreFixture.execute(store, "UPDATE terminal_state SET next_seq = 2");
            StoreFixture.execute(store, "INSERT INTO customer_order (id, branch_id, table_id, opened_by, status,"
                    + " currency, opened_at_ms, total_minor, sync_status, local_version) VALUES ('" + paid + "', '"
                    + BRANCH + "', NULL, '" + other + "', 'SETTLED', 'USD', 4000, 1300, 'synced', 0)");
            StoreFixture.execute(store, "INSERT INTO order_line (id, order_id, line_no, menu_item_id, name, quantity,"
                    + " unit_price_minor, sync_status, local_version) VALUES ('0a000000-0000-4000-8000-000000000002', '"
                    + paid + "', 1, '" + KAFTA + "', 'Kafta Meshwiyeh', 1, 1300, 'synced', 0)");
        }
        try (TerminalStore store = TerminalStore.open(dir)) {
            assertThat(store.orders().all()).extracting(MergedOrder::id).containsExactly(unsent, paid);
            MergedOrder mine = store.orders().find(unsent).orElseThrow();
            assertThat(mine.status()).isEqualTo(OrderStatus.OPEN);
            assertThat(mine.total().minor()).isEqualTo(1100);
            assertThat(mine.tableId()).isEqualTo(T1);
            MergedOrder theirs = store.orders().find(paid).orElseThrow();
            assertThat(theirs.status()).isEqualTo(OrderStatus.SETTLED);
            assertThat(theirs.payment()).isEqualTo(PaymentState.PAID);
            assertThat(theirs.lines().get(0).sent()).isTrue();
            assertThat(theirs.conflicts()).isEmpty();

            List<OutboxEntry> entries = store.syncLog().pendingAfter(0, 10);
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.operation()).isEqualTo("open");
                assertThat(e.seq()).isEqualTo(1);
                Operations.checkOrder(e.operation(), OrderStateJson.decode(e.payload()),
                        Operations.stampOf(e, store.terminalId()));
                assertThat(OrderStateJson.decode(e.payload()))
                        .isEqualTo(store.orders().findState(unsent).orElseThrow());
            });
            // and the store carries on from there
            store.orders().changeQuantity(unsent, mine.lines().get(0).line().id(), 3);
            assertThat(store.syncLog().pendingAfter(0, 10)).extracting(OutboxEntry::seq).containsExactly(1L, 2L);
        }
        try (TerminalStore again = TerminalStore.open(dir)) {
            assertThat(again.syncLog().pendingAfter(0, 10)).hasSize(2); // converted once, not twice
        }
    }
}
