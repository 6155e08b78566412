package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH_BALLS;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.stock.StockBalance;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.StockJson;
import cedarpos.terminal.printing.OrderNumber;
import cedarpos.terminal.printing.Ticket;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stock claims in the terminal's own database: written with the line, pending until the server decides, the
 * decision shown on every terminal, a denial raised to the waiter who took the order and to the kitchen, once.
 */
class StockClaimsTest {
    static final TerminalId SERVER = new TerminalId(Operations.SERVER_ORIGIN);
    static final List<Portion> KIBBEH_RECIPE = List.of(new Portion(KIBBEH_BALLS, 6));

    @TempDir
    Path dir;
    TerminalStore store;
    long seq;

    @BeforeEach
    void open() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.withStock(12, 3).withPrinting(LebaneseCatalog.KITCHEN));
        seq = store.state().cursor();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MergedOrder kibbehOrder(int quantity) {
        return store.orders().place(T1, List.of(new NewLine(KIBBEH, quantity), new NewLine(HUMMUS, 1)));
    }

    private static MergedLine line(MergedOrder o, cedarpos.domain.MenuItemId dish) {
        return o.lines().stream().filter(l -> l.line().menuItemId().equals(dish)).findFirst().orElseThrow();
    }

    private Reservation decision(MergedOrder o, TerminalId by, int requested, int confirmed, long version) {
        MergedLine l = line(o, KIBBEH);
        return new Reservation(l.line().id(), o.id(), KIBBEH, l.line().name(), by, KIBBEH_RECIPE, requested,
                confirmed, 0, version, 1_000);
    }

    private void pull(Reservation... decisions) {
        List<ChangeRecord> records = new java.util.ArrayList<>();
        for (Reservation r : decisions) {
            records.add(new ChangeRecord(++seq, Operations.RESERVATION, r.line().toString(), SERVER, 1_000,
                    StockJson.encode(r)));
        }
        store.syncLog().applyChanges(new Changes(seq, records));
    }

    private void pull(StockBalance b) {
        store.syncLog().applyChanges(new Changes(seq + 1, List.of(new ChangeRecord(++seq, Operations.STOCK_LEVEL,
                b.item().toString(), SERVER, 1_000, StockJson.encode(b)))));
    }

    private StockBook.Line claim(MergedOrder o) {
        return store.stock().lines(o.id()).get(line(o, KIBBEH).line().id());
    }

    @Test
    void aTrackedDishClaimsItsStockInTheTransactionOfItsLineAndWaitsForTheServer() {
        MergedOrder o = kibbehOrder(2);
        assertThat(store.stock().lines(o.id())).as("only the tracked dish claims stock").hasSize(1);
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.PENDING);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM reservation r JOIN order_line l ON l.id = r.line_id"
                + " JOIN outbox e ON e.record_id = r.order_id WHERE r.pending = 2")).isEqualTo(1);
        // what this terminal believes is left: 12 balls, 12 claimed and not decided yet
        assertThat(store.stock().levels()).filteredOn(l -> l.id().equals(KIBBEH_BALLS)).singleElement()
                .satisfies(l -> {
                    assertThat(l.available()).isEqualTo(12);
                    assertThat(l.pendingHere()).isEqualTo(12);
                    assertThat(l.estimate()).isZero();
                });
        assertThat(store.stock().dishes().get(KIBBEH)).satisfies(d -> {
            assertThat(d.soldOut()).isFalse();
            assertThat(d.maybeOut()).isTrue();
        });
        assertThat(store.stock().dishes()).containsOnlyKeys(KIBBEH, MIXED_GRILL);
    }

    @Test
    void aLineThatCannotBeWrittenClaimsNothing() {
        long before = StoreFixture.count(store, "SELECT COUNT(*) FROM reservation");
        assertThatThrownBy(() -> store.orders().place(T1, List.of(new NewLine(KIBBEH, 2),
                new NewLine(cedarpos.domain.MenuItemId.random(), 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM reservation")).isEqualTo(before);
    }

    @Test
    void theServersDecisionIsShownAndAnOlderOneIsIgnored() {
        MergedOrder o = kibbehOrder(2);
        pull(decision(o, store.terminalId(), 2, 2, 1));
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.CONFIRMED);
        pull(new StockBalance(KIBBEH_BALLS, 12, 12, 4));
        assertThat(store.stock().dishes().get(KIBBEH).soldOut()).isTrue();
        pull(new StockBalance(KIBBEH_BALLS, 30, 12, 2));
        assertThat(store.stock().levels().get(0).level()).as("an older balance changes nothing").isEqualTo(12);

        // more of a confirmed line waits for the server again; less is held already
        store.orders().changeQuantity(o.id(), line(o, KIBBEH).line().id(), 3);
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.PENDING);
        store.orders().changeQuantity(o.id(), line(o, KIBBEH).line().id(), 1);
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.CONFIRMED);
        store.orders().voidLine(o.id(), line(o, KIBBEH).line().id(), "guest left", "Rima");
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void aDenialOfALineTakenHereTellsTheWaiterAndTheKitchenOnce() {
        MergedOrder o = kibbehOrder(2);
        Reservation denied = decision(o, store.terminalId(), 2, 0, 1);
        pull(denied);
        pull(denied); // the same decision again (a re-pull after a restore): told once
        assertThat(claim(o)).extracting(StockBook.Line::status, StockBook.Line::denied)
                .containsExactly(ReservationStatus.DENIED, 2);
        assertThat(store.stock().alerts()).singleElement().satisfies(a -> {
            assertThat(a.dish()).isEqualTo("Fried Kibbeh");
            assertThat(a.portions()).isEqualTo(2);
            assertThat(a.tableLabel()).isEqualTo("T1");
            assertThat(a.order()).isEqualTo(o.id());
        });
        // fried kibbeh is the grill's (routed by dish): its printer is told
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.DO_NOT_PREPARE)).singleElement().satisfies(j -> {
            assertThat(j.station()).isEqualTo("grill");
            assertThat(j.printer()).isEqualTo("grill");
            assertThat(j.ticket().table()).isEqualTo("T1");
            assertThat(j.ticket().orderNumber()).isEqualTo(OrderNumber.of(o.id()));
            assertThat(j.ticket().lines()).singleElement().satisfies(l -> {
                assertThat(l.quantity()).isEqualTo(2);
                assertThat(l.name()).isEqualTo("Fried Kibbeh");
                assertThat(l.nameAr()).isEqualTo("كبة مقلية");
                assertThat(l.reason()).isEqualTo("sold out");
            });
        });

        long alert = store.stock().alerts().get(0).id();
        assertThat(store.stock().acknowledge(alert)).isTrue();
        assertThat(store.stock().acknowledge(alert)).isFalse();
        assertThat(store.stock().alerts()).isEmpty();

        // a later, different denial of the same line (its quantity went up) is news again
        store.orders().changeQuantity(o.id(), line(o, KIBBEH).line().id(), 3);
        pull(decision(o, store.terminalId(), 3, 0, 2));
        assertThat(store.stock().alerts()).singleElement().satisfies(a -> assertThat(a.portions()).isEqualTo(3));
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.DO_NOT_PREPARE)).hasSize(2);
    }

    @Test
    void anotherTerminalsDenialFlagsTheLineHereButAlertsOnlyItsOwnWaiter() {
        MergedOrder o = kibbehOrder(1);
        pull(decision(o, TerminalId.random(), 1, 0, 1));
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.DENIED);
        assertThat(store.stock().alerts()).isEmpty();
        assertThat(StoreFixture.printJobs(store, Ticket.Kind.DO_NOT_PREPARE)).isEmpty();
    }

    @Test
    void aDecisionForALineNotHereYetIsKeptForWhenItArrives() {
        Reservation early = new Reservation(OrderLineId.random(), OrderId.random(), KIBBEH, "Fried Kibbeh",
                TerminalId.random(), KIBBEH_RECIPE, 1, 1, 0, 1, 1_000);
        pull(early);
        assertThat(store.stock().lines(early.order())).containsEntry(early.line(),
                new StockBook.Line(early.line(), ReservationStatus.CONFIRMED, 0));
    }

    @Test
    void aRestoredServerDecidesAfreshAndItsLowerVersionsAreTaken() {
        MergedOrder o = kibbehOrder(1);
        pull(decision(o, store.terminalId(), 1, 1, 5));
        pull(new StockBalance(KIBBEH_BALLS, 12, 6, 9));
        store.syncLog().recordWelcome("first-epoch", seq, 0);
        store.syncLog().recordWelcome("restored-epoch", seq, 0);
        pull(decision(o, store.terminalId(), 1, 0, 1));
        assertThat(claim(o).status()).isEqualTo(ReservationStatus.DENIED);
        pull(new StockBalance(KIBBEH_BALLS, 0, 0, 1));
        assertThat(store.stock().dishes().get(KIBBEH).soldOut()).isTrue();
    }

    @Test
    void aNewCatalogReplacesRecipesAndKeepsTheNewerBalance() {
        pull(new StockBalance(KIBBEH_BALLS, 40, 0, 10));
        store.syncLog().applyCatalog(LebaneseCatalog.withStock(12, 4));
        assertThat(store.stock().levels()).filteredOn(l -> l.id().equals(KIBBEH_BALLS)).singleElement()
                .satisfies(l -> assertThat(l.level()).isEqualTo(40));
        store.syncLog().applyCatalog(LebaneseCatalog.catalog(5));
        assertThat(store.stock().dishes()).as("a catalog without recipes tracks nothing").isEmpty();
        MergedOrder o = kibbehOrder(1);
        assertThat(store.stock().lines(o.id())).isEmpty();
    }
}
