package cedarpos.terminal.store;

import static cedarpos.terminal.store.StoreFixture.OUTBOX_COLUMNS;

import static cedarpos.terminal.store.StoreFixture.count;
import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalStoreTest {
    static final long NOW = 1_764_000_000_000L;

    @TempDir
    Path dir;
    TerminalStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.openWithCatalog(dir, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void enrollmentStoresIdentityAndTokenAndKeepsThemAcrossOpens() {
        TerminalState first = store.state();
        assertThat(first.branchId()).isEqualTo(BRANCH);
        assertThat(first.branchName()).isEqualTo("Hamra Street");
        assertThat(first.name()).isEqualTo("Counter 1");
        assertThat(first.hasDeviceToken()).isTrue();
        assertThat(first.nextSeq()).isEqualTo(1);
        assertThat(first.lastSyncAtMs()).isEmpty();
        assertThat(first.toString()).doesNotContain(StoreFixture.TOKEN);
        assertThat(count(store, "SELECT COUNT(*) FROM terminal_state WHERE device_token = '" + StoreFixture.TOKEN
                + "'")).isEqualTo(1);
        store.close();

        store = TerminalStore.open(dir);
        assertThat(store.state()).isEqualTo(first);
        assertThat(store.syncLog().deviceToken()).contains(StoreFixture.TOKEN);
        store.rename("Bar");
        assertThat(store.state().name()).isEqualTo("Bar");
        assertThat(store.state().terminalId()).isEqualTo(first.terminalId());
    }

    @Test
    void enrollingAgainReplacesTheTokenButNeverTheTerminalOrTheBranchOfWrittenSales() {
        TerminalState before = store.state();
        store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        store.enroll(before.terminalId(), BRANCH, "Hamra Street", "Counter 1", "a-newer-token");
        assertThat(store.syncLog().deviceToken()).contains("a-newer-token");

        assertThatThrownBy(() -> store.enroll(TerminalId.random(), BRANCH, "Hamra Street", "Counter 1", "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("belongs to terminal");
        assertThatThrownBy(() -> store.enroll(before.terminalId(), BranchId.random(), "Achrafieh", "Counter 1", "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds sales of branch " + BRANCH);
        assertThatThrownBy(() -> store.enroll(before.terminalId(), BRANCH, "Hamra Street", "Counter 1", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("device token");
        assertThat(store.syncLog().deviceToken()).contains("a-newer-token");
        assertThat(store.state().branchId()).isEqualTo(BRANCH);
    }

    @Test
    void aFreshDatabaseIsNotEnrolledAndSaysSo() {
        try (TerminalStore fresh = TerminalStore.open(dir.resolve("other"))) {
            assertThat(fresh.findState()).isEmpty();
            assertThat(fresh.syncLog().deviceToken()).isEmpty();
            assertThatThrownBy(fresh::state).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not enrolled");
            assertThatThrownBy(() -> fresh.enroll(TerminalId.random(), null, "x", "Counter 1", "t"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(fresh.findState()).isEmpty();
        }
    }

    @Test
    void placeOrderWritesStateRowsAndOutboxEntryWithTheNextSequence() throws Exception {
        MergedOrder order = store.orders().place(T1, List.of(new NewLine(HUMMUS, 2), new NewLine(KAFTA, 1,
                "well done")));

        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(order.openedBy()).isEqualTo(store.terminalId());
        assertThat(order.branchId()).isEqualTo(BRANCH);
        assertThat(order.tableId()).isEqualTo(T1);
        assertThat(order.openedAtMs()).isEqualTo(NOW);
        assertThat(order.guests()).isZero();
        assertThat(order.lines()).extracting(l -> l.line().name()).containsExactly("Hummus", "Kafta Meshwiyeh");
        assertThat(order.lines()).extracting(MergedLine::note).containsExactly(null, "well done");
        assertThat(order.total().minor()).isEqualTo(2 * 550 + 1300);
        assertThat(order.currency()).isEqualTo(Currency.USD);

        assertThat(store.orders().find(order.id())).contains(order);
        assertThat(store.orders().all()).containsExactly(order);
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order WHERE sync_status = 'pending'"
                + " AND local_version = 1 AND total_minor = 2400 AND status = 'OPEN' AND payment = 'UNPAID'"
                + " AND conflict_count = 0 AND state_json IS NOT NULL")).isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM order_line WHERE sync_status = 'pending' AND sent = 0"
                + " AND voided = 0")).isEqualTo(2);
        assertThat(count(store, "SELECT COUNT(*) FROM order_line WHERE note = 'well done' AND line_no = 2"))
                .isEqualTo(1);
        assertThat(store.state().nextSeq()).isEqualTo(2);
        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(store.oldestPendingCreatedAtMs()).hasValue(NOW);

        List<OutboxEntry> entries = store.syncLog().pendingAfter(0, 10);
        assertThat(entries).hasSize(1);
        OutboxEntry e = entries.get(0);
        assertThat(e.seq()).isEqualTo(1);
        assertThat(e.entity()).isEqualTo("order");
        assertThat(e.operation()).isEqualTo("open");
        assertThat(e.recordId()).isEqualTo(order.id().toString());
        assertThat(e.eventTimeMs()).isEqualTo(NOW);
        assertThat(OrderStateJson.decode(e.payload())).isEqualTo(store.orders().findState(order.id()).orElseThrow());
        Operations.checkOrder(e.operation(), OrderStateJson.decode(e.payload()),
                Operations.stampOf(e, store.terminalId()));
        assertThat(count(store, "SELECT COUNT(*) FROM outbox WHERE terminal_id = '" + store.terminalId()
                + "' AND created_at_ms = " + NOW + " AND synced_at_ms IS NULL")).isEqualTo(1);
    }

    @Test
    void counterOrderHasNoTableAndOrdersListNewestFirst() {
        MergedOrder first = store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        store.close();
        store = TerminalStore.open(dir, Clock.fixed(Instant.ofEpochMilli(NOW + 1000), ZoneOffset.UTC));
        MergedOrder second = store.orders().place(null, List.of(new NewLine(KAFTA, 1)));
        assertThat(first.tableId()).isNull();
        assertThat(store.orders().all()).containsExactly(second, first);
        assertThat(store.syncLog().pendingAfter(0, 10)).extracting(OutboxEntry::seq).containsExactly(1L, 2L);
    }

    @Test
    void unknownItemTableOrBadQuantityWritesNothing() {
        assertThatThrownBy(() -> store.orders().place(null, List.of(new NewLine(HUMMUS, 1),
                new NewLine(MenuItemId.random(), 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown menu item");
        assertThatThrownBy(() -> store.orders().place(TableId.random(), List.of(new NewLine(HUMMUS, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown table");
        assertThatThrownBy(() -> store.orders().place(null, List.of(new NewLine(HUMMUS, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> store.orders().place(null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertNothingWritten();
    }

    @Test
    void aFailureAfterTheOrderInsertRollsBackOrderLinesAndSequence() {
        // a row squatting on seq 1 makes the outbox insert fail after the order rows are written
        StoreFixture.execute(store, "INSERT INTO outbox " + OUTBOX_COLUMNS + " VALUES ('squatter', 't', 1, 'order', 'r', 'place', '{}',"
                + " 0, 0, 0)");
        assertThatThrownBy(() -> store.orders().place(T1, List.of(new NewLine(HUMMUS, 1))))
                .hasMessageContaining("UNIQUE");
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM order_line")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM outbox")).isEqualTo(1);
        assertThat(store.orders().all()).isEmpty();
        assertThat(store.state().nextSeq()).isEqualTo(1);
    }

    @Test
    void concurrentWritersNeitherDeadlockNorLeaveSequenceGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<MergedOrder>> futures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            MenuItemId item = i % 2 == 0 ? HUMMUS : KAFTA;
            futures.add(pool.submit(() -> store.orders().place(null, List.of(new NewLine(item, 1)))));
        }
        for (Future<MergedOrder> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Long> seqs = new ArrayList<>(store.syncLog().pendingAfter(0, 1000).stream().map(OutboxEntry::seq).toList());
        Collections.sort(seqs);
        assertThat(seqs).hasSize(60).first().isEqualTo(1L);
        assertThat(seqs.get(59)).isEqualTo(60L);
        assertThat(store.state().nextSeq()).isEqualTo(61);
        assertThat(store.orders().all()).hasSize(60);
    }

    @Test
    void ackMarksEntriesSyncedButKeepsThemForAResendAfterAServerRestore() {
        for (int i = 0; i < 3; i++) {
            store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        }
        store.syncLog().markAcked(2);
        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(store.state().lastAckedSeq()).isEqualTo(2);
        assertThat(store.state().lastSyncAtMs()).hasValue(NOW);
        assertThat(store.syncLog().pendingAfter(0, 10)).extracting(OutboxEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(store.syncLog().pendingAfter(1, 1)).extracting(OutboxEntry::seq).containsExactly(2L);

        store.syncLog().markAcked(1); // a late, lower ack never moves the acked sequence back
        assertThat(store.state().lastAckedSeq()).isEqualTo(2);

        store.syncLog().markUnackedAfter(1);
        assertThat(store.pendingCount()).isEqualTo(2);
        assertThat(store.state().lastAckedSeq()).isEqualTo(1);
    }

    @Test
    void catalogReplacesMenuTablesAndBranchDetails() {
        assertThat(store.cashier().menu()).hasSize(16).first().extracting(m -> m.nameEn()).isEqualTo("Hummus");
        assertThat(store.floor().tables()).extracting(t -> t.label()).containsExactly("T1", "T2", "T3", "T4", "T10",
                "P1");
        var smaller = new cedarpos.protocol.v1.Catalog(7, "Achrafieh", Currency.LBP, List.of(),
                List.of(new cedarpos.domain.MenuItem(HUMMUS, "Mezze", "Hummus", "حمص",
                        cedarpos.domain.Money.of(450_000, Currency.LBP), 1)));
        store.syncLog().applyCatalog(smaller);
        assertThat(store.cashier().menu()).hasSize(1);
        assertThat(store.cashier().menu().get(0).price().currency()).isEqualTo(Currency.LBP);
        assertThat(store.floor().tables()).isEmpty();
        TerminalState st = store.state();
        assertThat(st.catalogVersion()).isEqualTo(7);
        assertThat(st.branchName()).isEqualTo("Achrafieh");
        assertThat(st.currency()).isEqualTo(Currency.LBP);
    }

    @Test
    void aNewEpochRewindsTheCursorToTheServersHeadAndTheOffsetIsKept() {
        assertThat(store.syncLog().recordWelcome("e1", 9, 1_500)).isFalse();
        store.syncLog().rewindCursor(8);
        assertThat(store.syncLog().recordWelcome("e1", 3, 0)).isFalse(); // same epoch: the cursor is not touched here
        assertThat(store.state().cursor()).isEqualTo(8);
        assertThat(store.syncLog().recordWelcome("e2", 20, -250)).isTrue(); // head above the cursor: keep it
        assertThat(store.state().cursor()).isEqualTo(8);
        assertThat(store.syncLog().recordWelcome("e3", 5, -250)).isTrue();
        TerminalState st = store.state();
        assertThat(st.cursor()).isEqualTo(5);
        assertThat(st.serverEpoch()).isEqualTo("e3");
        assertThat(st.serverOffsetMs()).isEqualTo(-250);
    }

    private void assertNothingWritten() {
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM order_line")).isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM outbox")).isZero();
        assertThat(store.state().nextSeq()).isEqualTo(1);
    }
}
