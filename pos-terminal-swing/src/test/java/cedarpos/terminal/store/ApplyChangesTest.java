package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
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
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OrderJson;
import cedarpos.terminal.testing.LebaneseCatalog;
import jakarta.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyChangesTest {
    static final TerminalId OTHER_TERMINAL = TerminalId.random();

    @TempDir
    Path dir;
    TerminalStore store;

    @BeforeEach
    void open() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.catalog());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ordersFromOtherTerminalsAreStoredAsSyncedAndTheCursorMoves() {
        OrderSnapshot a = remoteOrder(1);
        OrderSnapshot b = remoteOrder(2);
        ApplyResult r = store.syncLog().applyChanges(new Changes(2, List.of(record(2, b), record(1, a))));
        assertThat(r).isEqualTo(new ApplyResult(2, 0, 2, false));
        assertThat(store.state().cursor()).isEqualTo(2);
        assertThat(store.order(a.id())).contains(a);
        assertThat(store.order(b.id())).contains(b);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM customer_order WHERE sync_status = 'synced'"))
                .isEqualTo(2);
        assertThat(store.pendingCount()).isZero();
    }

    @Test
    void recordsAtOrBelowTheCursorAreSkippedAndALaterCopyUpdatesTheOrder() {
        OrderSnapshot a = remoteOrder(1);
        store.syncLog().applyChanges(new Changes(1, List.of(record(1, a))));
        OrderSnapshot grown = a.unionLines(withExtraLine(a));
        ApplyResult again = store.syncLog().applyChanges(new Changes(2, List.of(record(1, grown), record(2, grown))));
        assertThat(again.applied()).isEqualTo(1);
        assertThat(store.order(a.id()).orElseThrow().lines()).hasSize(2);
        assertThat(store.syncLog().applyChanges(new Changes(2, List.of(record(2, a))))).isEqualTo(
                new ApplyResult(0, 0, 2, false));
    }

    @Test
    void aGapAppliesNothingSoThePullFetchesTheMissingRecords() {
        OrderSnapshot a = remoteOrder(1);
        ApplyResult r = store.syncLog().applyChanges(new Changes(3, List.of(record(3, a))));
        assertThat(r.gap()).isTrue();
        assertThat(r.cursor()).isZero();
        assertThat(store.state().cursor()).isZero();
        assertThat(store.orders()).isEmpty();
    }

    @Test
    void aLocalOrderWithUnackedEntriesIsNotOverwritten() {
        OrderSnapshot mine = store.placeOrder(null, List.of(new NewLine(HUMMUS, 1)));
        OrderSnapshot serverCopy = new OrderSnapshot(mine.id(), mine.branchId(), null, mine.openedBy(),
                OrderStatus.SETTLED, mine.currency(), mine.openedAtMs(), mine.lines());
        ApplyResult r = store.syncLog().applyChanges(new Changes(1, List.of(record(1, serverCopy))));
        assertThat(r).isEqualTo(new ApplyResult(1, 1, 1, false));
        assertThat(store.order(mine.id()).orElseThrow().status()).isEqualTo(OrderStatus.SENT);

        store.syncLog().markAcked(1);
        store.syncLog().applyChanges(new Changes(2, List.of(record(2, serverCopy))));
        assertThat(store.order(mine.id()).orElseThrow().status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM customer_order WHERE sync_status = 'synced'"
                + " AND local_version = 1")).isEqualTo(1);
    }

    @Test
    void unknownEntitiesAndUnreadablePayloadsAreSkippedButPassed() {
        ChangeRecord table = new ChangeRecord(1, "table", "x", OTHER_TERMINAL, 0,
                Json.createObjectBuilder().add("status", "OCCUPIED").build());
        ChangeRecord broken = new ChangeRecord(2, "order", "y", OTHER_TERMINAL, 0,
                Json.createObjectBuilder().add("id", "not-a-uuid").build());
        OrderSnapshot a = remoteOrder(3);
        ApplyResult r = store.syncLog().applyChanges(new Changes(3, List.of(table, broken, record(3, a))));
        assertThat(r).isEqualTo(new ApplyResult(3, 0, 3, false));
        assertThat(store.orders()).containsExactly(a);
    }

    private static ChangeRecord record(long seq, OrderSnapshot order) {
        return new ChangeRecord(seq, "order", order.id().toString(), OTHER_TERMINAL, 1000 + seq,
                OrderJson.encode(order));
    }

    private static OrderSnapshot remoteOrder(long openedAt) {
        return new OrderSnapshot(OrderId.random(), BRANCH, LebaneseCatalog.T2, OTHER_TERMINAL, OrderStatus.SENT,
                Currency.USD, openedAt, List.of(new OrderLine(OrderLineId.random(), KAFTA, "Kafta Meshwiyeh", 2,
                Money.of(1300, Currency.USD))));
    }

    private static OrderSnapshot withExtraLine(OrderSnapshot o) {
        List<OrderLine> lines = new ArrayList<>(o.lines());
        lines.add(new OrderLine(OrderLineId.random(), HUMMUS, "Hummus", 1, Money.of(550, Currency.USD)));
        return new OrderSnapshot(o.id(), o.branchId(), o.tableId(), o.openedBy(), o.status(), o.currency(),
                o.openedAtMs(), lines);
    }
}
