package cedarpos.terminal.store;

import cedarpos.terminal.printing.Ticket;
import static cedarpos.terminal.store.StoreFixture.count;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.PaymentState;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.TableStateJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every local write: its delta, its rules, and what bad input leaves behind (nothing). */
class OrderWritesTest {
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
    void everyWriteQueuesADeltaThatPassesTheServersRuleUnderItsOwnStamp() throws Exception {
        MergedOrder o = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 1), new NewLine(KAFTA, 2,
                "extra garlic")));
        OrderLineId hummus = o.lines().get(0).line().id();
        OrderLineId kafta = o.lines().get(1).line().id();
        store.orders().addLines(o.id(), List.of(new NewLine(KNEFEH, 1)));
        store.orders().changeQuantity(o.id(), hummus, 2);
        store.orders().changeNote(o.id(), kafta, "no garlic");
        store.orders().sendToKitchen(o.id());
        store.orders().voidLine(o.id(), hummus, "guest changed mind", "Rima");
        store.orders().setDiscount(o.id(), new Discount(Discount.Kind.PERCENT, 1000, "regular"));
        store.orders().setGuests(o.id(), 3);
        store.orders().moveTo(o.id(), T2);
        MergedOrder settled = store.payments().settle(o.id());
        store.orders().reopen(o.id());
        store.orders().setDiscount(o.id(), null);
        MergedOrder cancelled = store.orders().cancel(o.id());
        store.floor().setStatus(T1, TableStatus.CLEANING);
        store.stock().adjust(new StockItemId(java.util.UUID.randomUUID()), StockAdjustment.Reason.WASTE, -2, "dropped");

        List<OutboxEntry> entries = store.syncLog().pendingAfter(0, 100);
        assertThat(entries).extracting(OutboxEntry::operation).containsExactly("open", "addLines", "editLine",
                "editLine", "sendLines", "voidLine", "header", "header", "header", "settle", "reopen", "header",
                "cancel", "status", "adjust");
        OrderState joined = OrderState.empty(o.id());
        for (OutboxEntry e : entries) {
            Stamp stamp = Operations.stampOf(e, store.terminalId());
            assertThat(stamp.atMs()).isEqualTo(NOW);
            switch (e.entity()) {
                case "order" -> {
                    OrderState delta = OrderStateJson.decode(e.payload());
                    Operations.checkOrder(e.operation(), delta, stamp);
                    assertThat(e.recordId()).isEqualTo(o.id().toString());
                    joined = joined.join(delta);
                }
                case "table" -> assertThat(TableStateJson.decode(e.payload()))
                        .isEqualTo(TableState.of(T1, TableStatus.CLEANING, stamp));
                case "stock" -> assertThat(StockAdjustmentJson.decode(e.payload()).stamp()).isEqualTo(stamp);
                default -> throw new AssertionError(e.entity());
            }
        }
        // the deltas add up to exactly what the store holds
        assertThat(joined).isEqualTo(store.orders().findState(o.id()).orElseThrow());

        assertThat(settled.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(settled.payment()).isEqualTo(PaymentState.PAID);
        assertThat(settled.tableId()).isEqualTo(T2);
        assertThat(store.orders().findState(o.id()).orElseThrow().settlement().value()).isNull();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.guests()).isEqualTo(3);
        assertThat(cancelled.discount()).isNull();
        assertThat(cancelled.lines()).extracting(l -> l.line().quantity()).containsExactly(2, 2, 1);
        assertThat(cancelled.lines().get(0).isVoided()).isTrue();
        assertThat(cancelled.lines().get(1).note()).isEqualTo("no garlic");
        assertThat(cancelled.lines()).allMatch(l -> l.sent());
        assertThat(store.floor().status(T1)).contains(TableStatus.CLEANING);
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order WHERE status = 'CANCELLED' AND guests = 3"
                + " AND table_id = '" + T2 + "' AND local_version = 13")).isEqualTo(1);
        assertThat(count(store, "SELECT COUNT(*) FROM order_line WHERE voided = 1 AND void_reason ="
                + " 'guest changed mind' AND void_by = 'Rima' AND sent = 1 AND flags = 'VOID_AFTER_SEND'"))
                .isEqualTo(1);
    }

    @Test
    void settlingPaysTheMergedTotalAndASettledOrderRefusesChangesUntilReopened() {
        MergedOrder o = store.orders().place(T1, List.of(new NewLine(HUMMUS, 2), new NewLine(KAFTA, 1)));
        store.orders().setDiscount(o.id(), new Discount(Discount.Kind.AMOUNT, 400, "birthday"));
        MergedOrder settled = store.payments().settle(o.id());
        assertThat(settled.total().minor()).isEqualTo(2 * 550 + 1300 - 400);
        assertThat(store.orders().findState(o.id()).orElseThrow().settlement().value().paidMinor()).isEqualTo(2000);
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order WHERE payment = 'PAID' AND total_minor = 2000"
                + " AND discount_minor = 400 AND discount_json LIKE '%birthday%'")).isEqualTo(1);

        OrderLineId line = o.lines().get(0).line().id();
        List<ThrowingCallable> refused = List.of(
                () -> store.orders().addLines(o.id(), List.of(new NewLine(HUMMUS, 1))),
                () -> store.orders().changeQuantity(o.id(), line, 3),
                () -> store.orders().voidLine(o.id(), line, "late", "Rima"),
                () -> store.orders().setGuests(o.id(), 2),
                () -> store.orders().cancel(o.id()));
        for (ThrowingCallable call : refused) {
            assertUnchanged(o.id(), () -> assertThatThrownBy(call).isInstanceOf(IllegalStateException.class)
                    .hasMessage("order is settled; a manager must reopen it"));
        }
        assertUnchanged(o.id(), () -> assertThatThrownBy(() -> store.payments().settle(o.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already settled"));

        store.orders().reopen(o.id());
        assertThat(store.orders().changeQuantity(o.id(), line, 3).status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void badInputOfEveryKindChangesNothing() {
        MergedOrder o = store.orders().place(T1, List.of(new NewLine(HUMMUS, 1), new NewLine(KAFTA, 1)));
        store.orders().sendToKitchen(o.id());
        OrderLineId hummus = o.lines().get(0).line().id();
        OrderLineId kafta = o.lines().get(1).line().id();
        store.orders().voidLine(o.id(), kafta, "burnt", "Rima");
        OrderId unknown = OrderId.random();

        List<Object[]> cases = List.of(
                bad("unknown menu item", () -> store.orders().place(null, List.of(new NewLine(MenuItemId.random(),
                        1)))),
                bad("unknown table", () -> store.orders().open(TableId.random(), 2, List.of())),
                bad("quantity", () -> store.orders().place(null, List.of(new NewLine(HUMMUS, 0)))),
                bad("quantity", () -> store.orders().place(null, List.of(new NewLine(HUMMUS, 1000)))),
                bad("at least one line", () -> store.orders().place(null, List.of())),
                bad("guest count", () -> store.orders().open(null, -1, List.of())),
                bad("line note", () -> store.orders().place(null, List.of(new NewLine(HUMMUS, 1, "x".repeat(201))))),
                bad("unknown order", () -> store.orders().addLines(unknown, List.of(new NewLine(HUMMUS, 1)))),
                bad("unknown order", () -> store.orders().sendToKitchen(unknown)),
                bad("unknown order", () -> store.payments().settle(unknown)),
                bad("at least one line", () -> store.orders().addLines(o.id(), List.of())),
                bad("unknown menu item", () -> store.orders().addLines(o.id(),
                        List.of(new NewLine(MenuItemId.random(), 1)))),
                bad("has no line", () -> store.orders().changeQuantity(o.id(), OrderLineId.random(), 2)),
                bad("quantity must be between 1 and 999", () -> store.orders().changeQuantity(o.id(), hummus, 0)),
                bad("is voided", () -> store.orders().changeQuantity(o.id(), kafta, 2)),
                bad("is voided", () -> store.orders().changeNote(o.id(), kafta, "well done")),
                bad("is voided", () -> store.orders().voidLine(o.id(), kafta, "again", "Rima")),
                bad("void reason is required", () -> store.orders().voidLine(o.id(), hummus, " ", "Rima")),
                bad("who voided is required", () -> store.orders().voidLine(o.id(), hummus, "cold", null)),
                bad("nothing to send", () -> store.orders().sendToKitchen(o.id())),
                bad("guest count", () -> store.orders().setGuests(o.id(), 501)),
                bad("unknown table", () -> store.orders().moveTo(o.id(), TableId.random())),
                bad("nothing to reopen", () -> store.orders().reopen(o.id())),
                bad("unknown table", () -> store.floor().setStatus(TableId.random(), TableStatus.OCCUPIED)),
                bad("status are required", () -> store.floor().setStatus(T1, null)),
                bad("a delivery adds stock", () -> store.stock().adjust(new StockItemId(java.util.UUID.randomUUID()),
                        StockAdjustment.Reason.DELIVERY, -3, null)),
                bad("waste removes stock", () -> store.stock().adjust(new StockItemId(java.util.UUID.randomUUID()),
                        StockAdjustment.Reason.WASTE, 3, null)));
        for (Object[] c : cases) {
            assertUnchanged(o.id(), () -> assertThatThrownBy((ThrowingCallable) c[1]).as((String) c[0])
                    .isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class)
                    .hasMessageContaining((String) c[0]));
        }
        assertThat(store.floor().status(T1)).contains(TableStatus.AVAILABLE);
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.VOID)).hasSize(1);
    }

    @Test
    void aCancelledOrderRefusesChangesAndCancellingTwiceIsRefused() {
        MergedOrder o = store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        store.orders().cancel(o.id());
        assertUnchanged(o.id(), () -> assertThatThrownBy(() -> store.orders().addLines(o.id(), List.of(new NewLine(
                KAFTA, 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cancelled"));
        assertUnchanged(o.id(), () -> assertThatThrownBy(() -> store.orders().cancel(o.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already cancelled"));
        assertUnchanged(o.id(), () -> assertThatThrownBy(() -> store.payments().settle(o.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cancelled"));
    }

    @Test
    void voidingALineThisTerminalSentQueuesOneVoidTicketAndAnUnsentLineNone() {
        MergedOrder o = store.orders().place(null, List.of(new NewLine(KAFTA, 2), new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(o.id());
        MergedOrder more = store.orders().addLines(o.id(), List.of(new NewLine(KNEFEH, 1)));
        OrderLineId kafta = o.lines().get(0).line().id();
        OrderLineId knefeh = more.lines().get(2).line().id();
        store.orders().voidLine(o.id(), knefeh, "not ready", "Rima");
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.VOID)).isEmpty();

        MergedOrder voided = store.orders().voidLine(o.id(), kafta, "guest changed mind", "Rima");
        // the server echoes our own void back: still one notice
        store.syncLog().applyChanges(new cedarpos.protocol.v1.Changes(1, List.of(ApplyChangesTest.record(1,
                store.orders().findState(o.id()).orElseThrow()))));
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.VOID)).singleElement().satisfies(n -> {
            assertThat(n.station()).isEqualTo("grill");
            assertThat(n.table()).isNull();
            assertThat(n.ticket().lines()).singleElement().satisfies(l -> {
                assertThat(l.quantity()).isEqualTo(2);
                assertThat(l.name()).isEqualTo("Kafta Meshwiyeh");
                assertThat(l.reason()).isEqualTo("guest changed mind");
            });
        });
        assertThat(voided.total().minor()).isEqualTo(550);
    }

    @Test
    void stampsUseTheClockCorrectedByTheOffsetMeasuredAtTheLastWelcome() throws Exception {
        long fast = 7 * 60_000L; // this terminal's clock runs 7 minutes fast: the server is 7 minutes behind it
        store.syncLog().recordWelcome("e1", 0, -fast);
        MergedOrder o = store.orders().place(T1, List.of(new NewLine(HUMMUS, 1)));
        store.floor().setStatus(T1, TableStatus.OCCUPIED);
        assertThat(o.openedAtMs()).isEqualTo(NOW - fast);
        List<OutboxEntry> entries = store.syncLog().pendingAfter(0, 10);
        assertThat(entries).extracting(OutboxEntry::eventTimeMs).containsOnly(NOW - fast);
        assertThat(OrderStateJson.decode(entries.get(0).payload()).stamps())
                .containsOnly(new Stamp(NOW - fast, store.terminalId().value(), 1));
        assertThat(TableStateJson.decode(entries.get(1).payload()).status().stamp())
                .isEqualTo(new Stamp(NOW - fast, store.terminalId().value(), 2));
        // the age of the outbox is local time: it is what the cashier's clock shows
        assertThat(store.oldestPendingCreatedAtMs()).hasValue(NOW);
    }

    @Test
    void openingATableWithGuestsAndNoLinesYet() {
        MergedOrder o = store.orders().open(T2, 4, List.of());
        assertThat(o.lines()).isEmpty();
        assertThat(o.guests()).isEqualTo(4);
        assertThat(o.total().minor()).isZero();
        assertThat(store.orders().addLines(o.id(), List.of(new NewLine(HUMMUS, 1))).lines()).hasSize(1);
    }

    private static Object[] bad(String message, ThrowingCallable call) {
        return new Object[] {message, call};
    }

    /** Runs {@code check} and proves nothing moved: outbox, sequence, the order's state, its rows, notices. */
    private void assertUnchanged(OrderId id, Runnable check) {
        long outbox = count(store, "SELECT COUNT(*) FROM outbox");
        long seq = store.state().nextSeq();
        Optional<OrderState> state = store.orders().findState(id);
        long orders = count(store, "SELECT COUNT(*) FROM customer_order");
        long lines = count(store, "SELECT COUNT(*) FROM order_line");
        long versions = count(store, "SELECT COALESCE(SUM(local_version), 0) FROM order_line")
                + count(store, "SELECT COALESCE(SUM(local_version), 0) FROM customer_order")
                + count(store, "SELECT COALESCE(SUM(local_version), 0) FROM dining_table");
        long notices = count(store, "SELECT COUNT(*) FROM kitchen_notice");
        long stock = count(store, "SELECT COUNT(*) FROM stock_adjustment");
        check.run();
        assertThat(count(store, "SELECT COUNT(*) FROM outbox")).isEqualTo(outbox);
        assertThat(store.state().nextSeq()).isEqualTo(seq);
        assertThat(store.orders().findState(id)).isEqualTo(state);
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order")).isEqualTo(orders);
        assertThat(count(store, "SELECT COUNT(*) FROM order_line")).isEqualTo(lines);
        assertThat(count(store, "SELECT COALESCE(SUM(local_version), 0) FROM order_line")
                + count(store, "SELECT COALESCE(SUM(local_version), 0) FROM customer_order")
                + count(store, "SELECT COALESCE(SUM(local_version), 0) FROM dining_table")).isEqualTo(versions);
        assertThat(count(store, "SELECT COUNT(*) FROM kitchen_notice")).isEqualTo(notices);
        assertThat(count(store, "SELECT COUNT(*) FROM stock_adjustment")).isEqualTo(stock);
    }
}
