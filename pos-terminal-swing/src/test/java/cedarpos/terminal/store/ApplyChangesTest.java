package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.BRANCH;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.StockAdjustment;
import cedarpos.domain.merge.TableState;
import cedarpos.domain.merge.VoidMark;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.StockAdjustmentJson;
import cedarpos.protocol.v1.TableStateJson;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.testing.LebaneseCatalog;
import jakarta.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
        store.syncLog().applyCatalog(LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.KITCHEN));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ordersFromOtherTerminalsAreStoredAsSyncedAndTheCursorMoves() {
        OrderState a = remoteOrder(1);
        OrderState b = remoteOrder(2);
        ApplyResult r = store.syncLog().applyChanges(new Changes(2, List.of(record(2, b), record(1, a))));
        assertThat(r).isEqualTo(new ApplyResult(2, 0, 2, false));
        assertThat(store.state().cursor()).isEqualTo(2);
        assertThat(store.orders().find(a.id())).contains(a.merge());
        assertThat(store.orders().findState(b.id())).contains(b);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM customer_order WHERE sync_status = 'synced'"
                + " AND local_version = 0"))
                .isEqualTo(2);
        assertThat(store.pendingCount()).isZero();
    }

    @Test
    void recordsAtOrBelowTheCursorAreSkippedAndALaterCopyUpdatesTheOrder() {
        OrderState a = remoteOrder(1);
        store.syncLog().applyChanges(new Changes(1, List.of(record(1, a))));
        OrderState grown = a.join(OrderState.withLines(a.id(), List.of(new LineAdd(new OrderLine(
                OrderLineId.random(), HUMMUS, "Hummus", 1, Money.of(550, Currency.USD)), null, stamp(5, 2)))));
        ApplyResult again = store.syncLog().applyChanges(new Changes(2, List.of(record(1, grown), record(2, grown))));
        assertThat(again.applied()).isEqualTo(1);
        assertThat(store.orders().find(a.id()).orElseThrow().lines()).hasSize(2);
        assertThat(store.syncLog().applyChanges(new Changes(2, List.of(record(2, a))))).isEqualTo(
                new ApplyResult(0, 0, 2, false));
    }

    @Test
    void aGapAppliesNothingSoThePullFetchesTheMissingRecords() {
        ApplyResult r = store.syncLog().applyChanges(new Changes(3, List.of(record(3, remoteOrder(1)))));
        assertThat(r.gap()).isTrue();
        assertThat(r.cursor()).isZero();
        assertThat(store.state().cursor()).isZero();
        assertThat(store.orders().all()).isEmpty();
    }

    @Test
    void ourOwnOrderComingBackAsTheServersRecordLeavesItsRowsAlone() {
        MergedOrder mine = store.orders().place(T1, List.of(new NewLine(HUMMUS, 1), new NewLine(KAFTA, 2)));
        OrderState opened = store.orders().findState(mine.id()).orElseThrow();
        // the same text the order is stored under (the fast path) and the same state in another text
        ChangeRecord same = record(1, opened);
        ChangeRecord reordered = new ChangeRecord(2, "order", opened.id().toString(), OTHER_TERMINAL, 1002,
                reversed(OrderStateJson.encode(opened, Currency.USD)));
        assertThat(reordered.payload().toString()).isNotEqualTo(same.payload().toString());
        ApplyResult r = store.syncLog().applyChanges(new Changes(2, List.of(same, reordered)));
        assertThat(r).isEqualTo(new ApplyResult(2, 2, 2, false));
        assertThat(store.orders().findState(mine.id())).contains(opened);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM customer_order WHERE sync_status = 'pending'"
                + " AND local_version = 1")).isEqualTo(1);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM order_line WHERE sync_status = 'pending'"
                + " AND local_version = 1")).isEqualTo(2);
    }

    private static jakarta.json.JsonObject reversed(jakarta.json.JsonObject o) {
        jakarta.json.JsonObjectBuilder b = cedarpos.protocol.v1.Jsons.objectBuilder();
        List<String> keys = new java.util.ArrayList<>(o.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> b.add(k, o.get(k)));
        return b.build();
    }

    @Test
    void theServersFullStateIsJoinedOverPendingLocalEditsAndBothSurvive() throws Exception {
        MergedOrder mine = store.orders().place(T1, List.of(new NewLine(HUMMUS, 1), new NewLine(KAFTA, 1)));
        OrderState opened = store.orders().findState(mine.id()).orElseThrow();
        OrderLineId hummus = mine.lines().get(0).line().id();
        OrderLineId kafta = mine.lines().get(1).line().id();
        store.orders().changeQuantity(mine.id(), hummus, 3); // pending, not yet pushed

        // meanwhile the server holds our opening plus another terminal's note on the kafta and a guest count
        OrderState server = opened
                .join(OrderState.withEdit(mine.id(), kafta, LineEdit.note(stamp(10, 1),
                        opened.line(kafta).heads(), "no onions")))
                .join(OrderState.withGuests(mine.id(), 4, stamp(System.currentTimeMillis() + 60_000, 2)));
        ApplyResult r = store.syncLog().applyChanges(new Changes(1, List.of(record(1, server))));
        assertThat(r).isEqualTo(new ApplyResult(1, 1, 1, false));

        MergedOrder merged = store.orders().find(mine.id()).orElseThrow();
        assertThat(merged.lines().get(0).line().quantity()).as("our pending edit").isEqualTo(3);
        assertThat(merged.lines().get(1).note()).as("their note").isEqualTo("no onions");
        assertThat(merged.guests()).isEqualTo(4);
        assertThat(merged.conflicts()).isEmpty();
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM customer_order WHERE sync_status = 'pending'"
                + " AND guests = 4 AND local_version = 2")).isEqualTo(1);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM order_line WHERE note = 'no onions'"))
                .isEqualTo(1);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM order_line WHERE quantity = 3")).isEqualTo(1);
    }

    @Test
    void concurrentEditsOfOneLineAreFlaggedOnTheLineAndCounted() {
        MergedOrder mine = store.orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        OrderState opened = store.orders().findState(mine.id()).orElseThrow();
        OrderLineId line = mine.lines().get(0).line().id();
        store.orders().changeQuantity(mine.id(), line, 2);
        OrderState theirs = opened.join(OrderState.withEdit(mine.id(), line,
                LineEdit.quantity(stamp(50, 1), opened.line(line).heads(), 5)));
        store.syncLog().applyChanges(new Changes(1, List.of(record(1, theirs))));

        MergedOrder merged = store.orders().find(mine.id()).orElseThrow();
        assertThat(merged.lines().get(0).flags()).containsExactly(Conflict.Kind.CONCURRENT_EDIT);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM order_line WHERE flags = 'CONCURRENT_EDIT'"))
                .isEqualTo(1);
        assertThat(StoreFixture.count(store, "SELECT conflict_count FROM customer_order")).isEqualTo(1);
    }

    @Test
    void aPulledVoidOfALineThisTerminalSentQueuesOneVoidTicketHoweverOftenItArrives() {
        MergedOrder mine = store.orders().place(T2, List.of(new NewLine(KAFTA, 2), new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(mine.id());
        OrderState sent = store.orders().findState(mine.id()).orElseThrow();
        OrderLineId kafta = mine.lines().get(0).line().id();
        OrderState voided = sent.join(OrderState.withEdit(mine.id(), kafta, LineEdit.voided(stamp(99, 1),
                sent.line(kafta).heads(), new VoidMark("guest changed mind", "Rima"))));

        store.syncLog().applyChanges(new Changes(1, List.of(record(1, voided))));
        store.syncLog().applyChanges(new Changes(2, List.of(record(2, voided))));
        store.syncLog().rewindCursor(0);
        store.syncLog().applyChanges(new Changes(2, List.of(record(1, voided), record(2, voided))));

        List<PrintJob> voids = StoreFixture.printJobs(store, Ticket.Kind.VOID);
        assertThat(voids).hasSize(1);
        PrintJob n = voids.get(0);
        assertThat(n.orderId()).isEqualTo(mine.id().toString());
        assertThat(n.station()).isEqualTo("grill");
        assertThat(n.ticket().table()).isEqualTo("T2");
        assertThat(n.ticket().lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.name()).isEqualTo("Kafta Meshwiyeh");
            assertThat(l.reason()).isEqualTo("guest changed mind");
        });
        assertThat(n.status()).isEqualTo(PrintJob.Status.QUEUED);
        // the grill's NEW ticket went first: the printer takes them in order, and a step taken twice is refused
        long first = store.printJobs().next("grill").orElseThrow().number();
        assertThat(first).isLessThan(n.number());
        for (long job : new long[] {first, n.number()}) {
            assertThat(store.printJobs().next("grill").orElseThrow().number()).isEqualTo(job);
            assertThat(store.printJobs().markSending(job, "grill")).isTrue();
            assertThat(store.printJobs().markSending(job, "grill")).isFalse();
            store.printJobs().markPrinted(job, "grill");
        }
        assertThat(store.printJobs().next("grill")).isEmpty();
        assertThat(store.printJobs().find(n.number()).orElseThrow().status()).isEqualTo(PrintJob.Status.PRINTED);
    }

    @Test
    void aVoidOfALineAnotherTerminalSentIsNotOurKitchensNews() {
        OrderState theirs = remoteOrder(1);
        OrderLineId line = theirs.lines().firstKey();
        OrderState sent = theirs.join(OrderState.withEdit(theirs.id(), line,
                LineEdit.sentToKitchen(stamp(2, 1), theirs.line(line).heads())));
        OrderState voided = sent.join(OrderState.withEdit(theirs.id(), line, LineEdit.voided(stamp(3, 2),
                sent.line(line).heads(), new VoidMark("burnt", "Rima"))));
        store.syncLog().applyChanges(new Changes(1, List.of(record(1, voided))));
        assertThat(store.orders().find(theirs.id()).orElseThrow().lines().get(0).isVoided()).isTrue();
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.VOID)).isEmpty();
    }

    @Test
    void tableStatusesJoinByStampAndStockAdjustmentsCountOnce() {
        TableState later = TableState.of(T1, TableStatus.OCCUPIED, stamp(2_000, 1));
        TableState earlier = TableState.of(T1, TableStatus.CLEANING, stamp(1_000, 2));
        StockAdjustment delivery = new StockAdjustment(UUID.randomUUID(), new StockItemId(UUID.randomUUID()),
                StockAdjustment.Reason.DELIVERY, 40, "morning delivery", stamp(1_500, 3));
        store.syncLog().applyChanges(new Changes(4, List.of(
                new ChangeRecord(1, "table", T1.toString(), OTHER_TERMINAL, 1, TableStateJson.encode(later)),
                new ChangeRecord(2, "table", T1.toString(), OTHER_TERMINAL, 2, TableStateJson.encode(earlier)),
                new ChangeRecord(3, "stock", delivery.id().toString(), OTHER_TERMINAL, 3,
                        StockAdjustmentJson.encode(delivery)),
                new ChangeRecord(4, "stock", delivery.id().toString(), OTHER_TERMINAL, 4,
                        StockAdjustmentJson.encode(delivery)))));
        assertThat(store.floor().status(T1)).contains(TableStatus.OCCUPIED);
        assertThat(store.floor().status(T2)).contains(TableStatus.AVAILABLE);
        assertThat(store.stock().level(delivery.item())).isEqualTo(40);

        // a new floor plan keeps what the room looks like
        store.syncLog().applyCatalog(LebaneseCatalog.catalog(2));
        assertThat(store.floor().status(T1)).contains(TableStatus.OCCUPIED);
    }

    @Test
    void unknownEntitiesAndUnreadablePayloadsAreSkippedButPassed() {
        ChangeRecord reservation = new ChangeRecord(1, "reservation", "x", OTHER_TERMINAL, 0,
                Json.createObjectBuilder().add("status", "HELD").build());
        ChangeRecord broken = new ChangeRecord(2, "order", "y", OTHER_TERMINAL, 0,
                Json.createObjectBuilder().add("id", "not-a-uuid").build());
        ChangeRecord brokenTable = new ChangeRecord(3, "table", "z", OTHER_TERMINAL, 0,
                Json.createObjectBuilder().add("status", "OCCUPIED").build());
        OrderState a = remoteOrder(4);
        ApplyResult r = store.syncLog().applyChanges(new Changes(4, List.of(reservation, broken, brokenTable,
                record(4, a))));
        assertThat(r).isEqualTo(new ApplyResult(4, 0, 4, false));
        assertThat(store.orders().all()).containsExactly(a.merge());
    }

    static ChangeRecord record(long seq, OrderState order) {
        return new ChangeRecord(seq, "order", order.id().toString(), OTHER_TERMINAL, 1000 + seq,
                OrderStateJson.encode(order, Currency.USD));
    }

    static Stamp stamp(long atMs, long seq) {
        return new Stamp(atMs, OTHER_TERMINAL.value(), seq);
    }

    static OrderState remoteOrder(long openedAt) {
        OrderId id = OrderId.random();
        Stamp s = stamp(openedAt, openedAt);
        return OrderState.open(id, new OrderBirth(BRANCH, OTHER_TERMINAL, Currency.USD, openedAt), T2, 2,
                List.of(new LineAdd(new OrderLine(OrderLineId.random(), KAFTA, "Kafta Meshwiyeh", 2,
                        Money.of(1300, Currency.USD)), null, s)), s);
    }

    static OrderStatus statusOf(TerminalStore store, OrderId id) {
        return store.orders().find(id).orElseThrow().status();
    }
}
